import type { Id } from '../../model';
import type { WorkspaceRecords } from '../records';

/**
 * The records to seal when an analyst shares a selection: the chosen entities, the links
 * between them, and the intelligence items any of those rest on, so provenance travels too.
 */
export function selectRecords(
  records: WorkspaceRecords,
  entityIds: Iterable<Id>,
): WorkspaceRecords {
  const chosen = new Set(entityIds);
  const entities = records.entities.filter((e) => chosen.has(e.id));
  const links = records.links.filter((l) => chosen.has(l.source) && chosen.has(l.target));
  const cited = new Set([...entities, ...links].flatMap((r) => r.provenance));
  return { entities, links, intel: records.intel.filter((i) => cited.has(i.id)) };
}
