import type { DataTableName } from './types';
import { auditFor, requireRecord } from './record-steps';
import { validated } from './validate';
import { defineCommand, type DataRecords, type Plan, type StoreCommand } from './types';

type Table = Exclude<DataTableName, 'workspaces'>;

/**
 * An edit computed from the record as it stands inside the transaction (a lifecycle step, a
 * sign-off, a visit added): `edit` returns the new record or throws a plain-words error, and
 * undo puts back exactly the record it replaced. The audit event says what happened.
 */
export function recordEditCommand<T extends Table>(
  table: T,
  label: string,
  id: string,
  edit: (current: DataRecords[T]) => DataRecords[T],
  detail: (current: DataRecords[T]) => string,
  action: 'update' | 'disclose' = 'update',
  extraTargets: readonly string[] = [],
): StoreCommand {
  let before: DataRecords[T] | undefined;
  let after: DataRecords[T] | undefined;
  return defineCommand(label, {
    async apply({ tx, now }): Promise<Plan> {
      const current = await requireRecord(tx, table, id);
      before = current;
      after ??= validated(table, { ...edit(current), updatedAt: now });
      return {
        writes: [{ table, put: after } as Plan['writes'][number]],
        audit: [
          auditFor(table, action, [id, ...extraTargets], current.workspaceId, detail(current)),
        ],
      };
    },
    async revert(): Promise<Plan> {
      if (!before) throw new Error('This edit cannot be undone because it was never applied.');
      return {
        writes: [{ table, put: before } as Plan['writes'][number]],
        audit: [auditFor(table, 'update', [id], before.workspaceId, `Undo: ${label}`)],
      };
    },
  });
}
