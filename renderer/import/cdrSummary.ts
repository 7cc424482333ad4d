import type { GraphDocument } from '../../shared/formats';

export interface CallSummary {
  newPhones: number;
  existingPhones: number;
  callLinks: number;
  calls: number;
  from?: string;
  to?: string;
}

/** What a call records import would add, in the figures an analyst checks before importing. */
export function summariseCalls(
  doc: GraphDocument,
  known: ReadonlyMap<string, string>,
): CallSummary {
  const knownIds = new Set(known.values());
  const touched = new Set<string>();
  let calls = 0;
  let from: string | undefined;
  let to: string | undefined;
  for (const l of doc.records.links) {
    touched.add(l.source).add(l.target);
    calls += l.callCount ?? 0;
    if (l.firstSeen && (!from || l.firstSeen < from)) from = l.firstSeen;
    if (l.lastSeen && (!to || l.lastSeen > to)) to = l.lastSeen;
  }
  return {
    newPhones: doc.records.entities.length,
    existingPhones: [...touched].filter((id) => knownIds.has(id)).length,
    callLinks: doc.records.links.length,
    calls,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}
