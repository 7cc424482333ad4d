import type { GraphDocument } from '../../shared/formats';
import { importedNumber } from '../../shared/model';

export interface CallSummary {
  newPhones: number;
  existingPhones: number;
  callLinks: number;
  /** Voice calls. */
  calls: number;
  /** Text messages and other events (data sessions...), counted apart on each link. */
  sms: number;
  other: number;
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
  let sms = 0;
  let other = 0;
  let from: string | undefined;
  let to: string | undefined;
  for (const l of doc.records.links) {
    touched.add(l.source).add(l.target);
    calls += l.callCount ?? 0;
    sms += importedNumber(l.imported?.SMS) ?? 0;
    other += importedNumber(l.imported?.['Other events']) ?? 0;
    if (l.firstSeen && (!from || l.firstSeen < from)) from = l.firstSeen;
    if (l.lastSeen && (!to || l.lastSeen > to)) to = l.lastSeen;
  }
  return {
    newPhones: doc.records.entities.length,
    existingPhones: [...touched].filter((id) => knownIds.has(id)).length,
    callLinks: doc.records.links.length,
    calls,
    sms,
    other,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** One number in a call records file, as the attribution table lists it. */
export interface PhoneInCalls {
  id: string;
  number: string;
  calls: number;
  first?: string;
  last?: string;
}

/**
 * Every phone the calls touch (new or already in the workspace), busiest first, with the dates
 * of its first and last call: the natural default period when attributing it to a person.
 */
export function phonesInCalls(
  doc: GraphDocument,
  existing: ReadonlyMap<string, { label: string }>,
): PhoneInCalls[] {
  const numbers = new Map<string, string>();
  for (const e of doc.records.entities) if (e.kind === 'phone') numbers.set(e.id, e.attrs.number);
  const stats = new Map<string, PhoneInCalls>();
  for (const l of doc.records.links) {
    for (const id of [l.source, l.target]) {
      const s = stats.get(id) ?? {
        id,
        number: numbers.get(id) ?? existing.get(id)?.label ?? id,
        calls: 0,
      };
      s.calls += l.callCount ?? 0;
      if (l.firstSeen && (!s.first || l.firstSeen < s.first)) s.first = l.firstSeen;
      if (l.lastSeen && (!s.last || l.lastSeen > s.last)) s.last = l.lastSeen;
      stats.set(id, s);
    }
  }
  return [...stats.values()].sort((a, b) => b.calls - a.calls || a.number.localeCompare(b.number));
}
