import {
  pointsAt,
  REFERRING_TABLES,
  type ReferenceChanges,
  type Referrer,
  type ReferringByTable,
} from '../../../shared/references';
import type { StoreTx } from '../db';
import type { Write } from './types';

/**
 * The workspace's orders, safeguarding records and register entries: the records that point at
 * entities. Read (and so decrypted) whole: there are tens of them, not thousands, and their
 * references are sealed, never indexed in clear.
 */
export async function referrersIn(tx: StoreTx, workspaceId: string): Promise<Referrer[]> {
  const out: Referrer[] = [];
  for (const table of REFERRING_TABLES)
    for (const record of await tx.where<ReferringByTable[typeof table]>(
      table,
      'workspaceId',
      workspaceId,
    ))
      out.push({ table, record } as Referrer);
  return out;
}

/** Those of the workspace's referring records that point at any of `entityIds`. */
export async function referrersOf(
  tx: StoreTx,
  workspaceId: string,
  entityIds: Iterable<string>,
): Promise<Referrer[]> {
  const ids = new Set(entityIds);
  return (await referrersIn(tx, workspaceId)).filter((r) => pointsAt(r, ids));
}

export function referrerKey(r: { table: string; record: { id: string } }): string {
  return `${r.table}\u0000${r.record.id}`;
}

/** The store writes for a set of changes to referring records. */
export function referenceWrites(changes: ReferenceChanges): Write[] {
  return [
    ...changes.puts.map((r) => ({ table: r.table, put: r.record }) as Write),
    ...changes.removed.map((r) => ({ table: r.table, remove: r.record.id })),
  ];
}
