import type { Entity, IntelItem, Link } from '../../model';
import type { WorkspaceRecords } from '../records';

type AnyRecord = Entity | Link | IntelItem;

export interface RecordChange<T> {
  existing: T;
  incoming: T;
}

export interface DiffGroup<T> {
  new: T[];
  changed: RecordChange<T>[];
  /** Both sides edited since they last agreed: the incoming copy is not simply newer. */
  conflicts: RecordChange<T>[];
  unchanged: T[];
}

export interface BundleDiff {
  entities: DiffGroup<Entity>;
  links: DiffGroup<Link>;
  intel: DiffGroup<IntelItem>;
}

/** Field order does not matter when comparing; timestamps of the copy itself do not either. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => v !== undefined && k !== 'workspaceId')
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function diffGroup<T extends AnyRecord>(
  existing: readonly T[],
  incoming: readonly T[],
): DiffGroup<T> {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const out: DiffGroup<T> = { new: [], changed: [], conflicts: [], unchanged: [] };
  for (const inc of incoming) {
    const ex = byId.get(inc.id);
    if (!ex) out.new.push(inc);
    else if (canonical(ex) === canonical(inc)) out.unchanged.push(inc);
    // A newer incoming copy is a plain update; an older or same-time copy that differs means the
    // local record was edited after the bundle's copy was taken: the analyst must choose.
    else if (inc.updatedAt > ex.updatedAt) out.changed.push({ existing: ex, incoming: inc });
    else out.conflicts.push({ existing: ex, incoming: inc });
  }
  return out;
}

/** Sorts incoming records by id into new, changed, in conflict and unchanged, for the merge preview. */
export function diffBundle(existing: WorkspaceRecords, incoming: WorkspaceRecords): BundleDiff {
  return {
    entities: diffGroup(existing.entities, incoming.entities),
    links: diffGroup(existing.links, incoming.links),
    intel: diffGroup(existing.intel, incoming.intel),
  };
}
