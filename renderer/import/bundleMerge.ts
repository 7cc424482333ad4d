import type { BundleDiff, RecordChange } from '../../shared/formats';
import type { Entity, IntelItem, Link } from '../../shared/model';
import type { Command } from '../store';
import {
  batchCommand,
  importRecords,
  updateEntity,
  updateIntelItem,
  updateLink,
} from '../store/commands';

export type Choice = 'mine' | 'theirs';

const NOT_PATCHED = new Set(['id', 'workspaceId', 'kind', 'createdAt', 'updatedAt']);

/** Every changed or conflicting record of a diff, keyed by table and id, for the choice list. */
export interface ChangeRow {
  key: string;
  table: 'entities' | 'links' | 'intel';
  label: string;
  conflict: boolean;
  change: RecordChange<Entity> | RecordChange<Link> | RecordChange<IntelItem>;
}

const labelOf = (r: Entity | Link | IntelItem) =>
  'label' in r && r.label ? r.label : 'reference' in r ? r.reference : r.id;

/** The top-level fields that differ, so the analyst sees what taking theirs would change. */
export function changedFields(existing: object, incoming: object): string[] {
  const a = existing as Record<string, unknown>;
  const b = incoming as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !NOT_PATCHED.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .sort();
}

export function changeRows(diff: BundleDiff): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const add = <T extends Entity | Link | IntelItem>(
    table: ChangeRow['table'],
    list: RecordChange<T>[],
    conflict: boolean,
  ) => {
    for (const c of list)
      rows.push({
        key: `${table}/${c.incoming.id}`,
        table,
        label: labelOf(c.incoming),
        conflict,
        change: c as ChangeRow['change'],
      });
  };
  add('entities', diff.entities.changed, false);
  add('entities', diff.entities.conflicts, true);
  add('links', diff.links.changed, false);
  add('links', diff.links.conflicts, true);
  add('intel', diff.intel.changed, false);
  add('intel', diff.intel.conflicts, true);
  return rows;
}

/** A newer copy is taken by default; a conflict keeps the analyst's own until they choose. */
export function defaultChoice(row: ChangeRow): Choice {
  return row.conflict ? 'mine' : 'theirs';
}

function patchOf(incoming: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(incoming).filter(([k]) => !NOT_PATCHED.has(k)));
}

/**
 * The commands a merge runs: one import of the new records (links may join new entities, so
 * it goes first), then one update per record where the analyst took the bundle's copy.
 */
export function mergeCommands(
  workspaceId: string,
  diff: BundleDiff,
  choices: ReadonlyMap<string, Choice>,
  origin: string,
): Command[] {
  const fresh = { entities: diff.entities.new, links: diff.links.new, intel: diff.intel.new };
  const out: Command[] = [];
  if (fresh.entities.length + fresh.links.length + fresh.intel.length > 0)
    out.push(importRecords(workspaceId, fresh, origin));
  for (const row of changeRows(diff)) {
    if ((choices.get(row.key) ?? defaultChoice(row)) !== 'theirs') continue;
    const { existing, incoming } = row.change;
    const patch = patchOf(incoming as unknown as Record<string, unknown>);
    if (row.table === 'entities') {
      // A record whose kind changed cannot be patched: its attributes have another shape.
      if ((existing as Entity).kind !== (incoming as Entity).kind) continue;
      out.push(updateEntity(incoming.id, patch));
    } else if (row.table === 'links') out.push(updateLink(incoming.id, patch));
    else out.push(updateIntelItem(incoming.id, patch));
  }
  return out;
}

/**
 * The whole merge as one command: one transaction and one undo step, however many records it
 * adds and changes. Undefined when the analyst kept their own copy of everything.
 */
export function mergeBundleCommand(
  workspaceId: string,
  diff: BundleDiff,
  choices: ReadonlyMap<string, Choice>,
  origin: string,
): { command: Command; changes: number } | undefined {
  const parts = mergeCommands(workspaceId, diff, choices, origin);
  const [only] = parts;
  if (!only) return undefined;
  const command = parts.length === 1 ? only : batchCommand(`merge ${origin}`, parts);
  return { command, changes: parts.length };
}
