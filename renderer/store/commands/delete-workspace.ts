import { WORKSPACE_TABLES } from '../db';
import { auditFor, requireRecord } from './record-steps';
import { removalCommand } from './removal';
import { atVaultLevel, type StoreCommand, type Write } from './types';

/**
 * Deletes a workspace and everything in it. It joins no undo history: the screen asks first, and
 * offers `reverseOf(command)` to restore it all.
 */
export function deleteWorkspace(id: string): StoreCommand {
  return atVaultLevel(
    removalCommand('delete workspace', async (tx) => {
      const workspace = await requireRecord(tx, 'workspaces', id);
      const records: Extract<Write, { put: unknown }>[] = [{ table: 'workspaces', put: workspace }];
      const counts: string[] = [];
      // Table order matters on restore: entities before the links that point at them.
      for (const table of WORKSPACE_TABLES) {
        const rows = await tx.where<{ id: string }>(table, 'workspaceId', id);
        if (rows.length > 0) counts.push(`${rows.length} ${table}`);
        for (const put of rows) records.push({ table, put } as Extract<Write, { put: unknown }>);
      }
      const what = counts.join(', ') || 'no records';
      return {
        records,
        audit: (action) => [
          auditFor(
            'workspaces',
            action,
            [id],
            id,
            `${action === 'restore' ? 'Undo of delete; restored' : 'With'} ${what}`,
          ),
        ],
      };
    }),
  );
}
