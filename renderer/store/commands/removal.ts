import type { AuditEntry } from '../../../shared/audit';
import type { StoreTx } from '../db';
import {
  defineCommand,
  type DataRecords,
  type DataTableName,
  type Plan,
  MANY_RECORDS,
  type StoreCommand,
  type Write,
} from './types';

export interface Removal {
  /** Every record that goes, in the order they must come back (parents first). */
  records: { [T in DataTableName]: { table: T; put: DataRecords[T] } }[DataTableName][];
  audit(action: 'delete' | 'restore'): AuditEntry[];
}

/**
 * A command that deletes a set of records and, on undo, puts back exactly those records (taken
 * from the vault at the moment of deletion, so redo-then-undo stays faithful).
 */
export function removalCommand(
  label: string,
  collect: (tx: StoreTx) => Promise<Removal>,
): StoreCommand {
  let taken: Removal | undefined;
  return defineCommand(label, {
    async apply({ tx }): Promise<Plan> {
      taken = await collect(tx);
      const writes: Write[] = [...taken.records]
        .reverse()
        .map((r) => ({ table: r.table, remove: r.put.id }));
      return { writes, audit: taken.audit('delete') };
    },
    async revert(): Promise<Plan> {
      if (!taken) throw new Error('This deletion cannot be undone because it never happened.');
      return { writes: [...taken.records], audit: taken.audit('restore') };
    },
    // Deleting writes no record; undoing it puts every one back.
    writesMany: () => (taken?.records.length ?? 0) >= MANY_RECORDS,
  });
}

/** Audit targets stay a readable list; very large sets are summarised by their workspace. */
export function targetsOrSummary(ids: string[], workspaceId: string): string[] {
  return ids.length <= 5000 ? ids : [workspaceId];
}
