import type { Command } from '../api';
import { IntegrityError } from '../errors';
import {
  allIds,
  countOf,
  existingIds,
  placeRecords,
  placeRecordsInSlices,
  type IncomingRecords,
} from './incoming-records';
import { auditFor, requireRecord } from './record-steps';
import { targetsOrSummary } from './removal';
import { defineCommand, MANY_RECORDS, type Plan, type Write } from './types';

/**
 * Adds records to an existing workspace, all or nothing. Links may point at entities already in
 * the workspace. An id the vault already holds refuses the import rather than overwriting.
 */
export function importRecords(
  workspaceId: string,
  records: IncomingRecords,
  origin: string,
): Command {
  let writes: Write[] | undefined;
  const ids = allIds(records);
  const audit = (action: 'import' | 'delete', detail: string) =>
    auditFor('workspaces', action, targetsOrSummary(ids, workspaceId), workspaceId, detail);
  return defineCommand(`import ${countOf(records)}`, {
    async apply({ tx }): Promise<Plan> {
      await requireRecord(tx, 'workspaces', workspaceId);
      const clash = await existingIds(tx, records);
      if (clash.length) {
        throw new IntegrityError(
          `The import was refused: ${clash.length} of its records are already in the vault (for example ${clash[0]}). Nothing was added.`,
        );
      }
      writes ??= placeRecords(records, workspaceId);
      return { writes, audit: [audit('import', `${countOf(records)} from ${origin}`)] };
    },
    writesMany: () => ids.length >= MANY_RECORDS,
    async prepare() {
      if (ids.length >= MANY_RECORDS) writes ??= await placeRecordsInSlices(records, workspaceId);
    },
    async revert(): Promise<Plan> {
      const removes: Write[] = (writes ?? []).map((w) => ({
        table: w.table,
        remove: 'put' in w ? w.put.id : w.remove,
      }));
      return { writes: removes, audit: [audit('delete', `Undo of import from ${origin}`)] };
    },
  });
}
