import { graphDocument, type GraphDocument, type WorkspaceRecords } from '../../shared/formats';
import { normalisePhone, normaliseVrm } from '../../shared/graph/normalise';
import type { Id } from '../../shared/model';
import type { LoadedWorkspace } from '../store';

/** The open workspace as plain records, for exports and bundle diffs. */
export function recordsOf(loaded: LoadedWorkspace): WorkspaceRecords {
  return {
    entities: [...loaded.entities.values()],
    links: [...loaded.links.values()],
    intel: [...loaded.intel.values()],
  };
}

export function documentOf(loaded: LoadedWorkspace): GraphDocument {
  return graphDocument(recordsOf(loaded));
}

/** Phones already in the workspace by E.164, so call records join them instead of duplicating. */
export function knownPhones(loaded: LoadedWorkspace): Map<string, Id> {
  const out = new Map<string, Id>();
  for (const e of loaded.entities.values())
    if (e.kind === 'phone') {
      const n = normalisePhone(e.attrs.number);
      if (n) out.set(n, e.id);
    }
  return out;
}

/**
 * Entities a spreadsheet row can join by `kind|identity`: phones by E.164 and vehicles by
 * registration, the identities the mapping derives when no identity column is chosen.
 */
export function existingIdentities(loaded: LoadedWorkspace): Map<string, Id> {
  const out = new Map<string, Id>();
  for (const [n, id] of knownPhones(loaded)) out.set(`phone|${n}`, id);
  for (const e of loaded.entities.values())
    if (e.kind === 'vehicle') {
      const v = normaliseVrm(e.attrs.registration);
      if (v) out.set(`vehicle|${v}`, e.id);
    }
  return out;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "5 entities, 1 link, 1 intelligence item". */
export function countText(r: WorkspaceRecords): string {
  return [
    count(r.entities.length, 'entity', 'entities'),
    count(r.links.length, 'link', 'links'),
    count(r.intel.length, 'intelligence item', 'intelligence items'),
  ].join(', ');
}
