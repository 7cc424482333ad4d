import { newId, type Workspace } from '../../../shared/model';
import type { WorkspaceDraft } from '../api';
import {
  allIds,
  countOf,
  existingIds,
  placeRecords,
  placeRecordsInSlices,
  withFreshIds,
  type IncomingRecords,
} from './incoming-records';
import { auditFor } from './record-steps';
import { targetsOrSummary } from './removal';
import { validated } from './validate';
import { defineCommand, MANY_RECORDS, type Plan, type Write } from './types';

/**
 * A new workspace holding a whole set of records (the demo, an imported bundle), written in one
 * transaction: all of it or none of it. Records keep their ids unless the vault already holds
 * one of them, in which case the whole set is re-keyed.
 */
export function createWorkspaceWithRecords(
  draft: WorkspaceDraft & { fictional?: boolean },
  records: IncomingRecords,
  origin: string,
) {
  const id = newId('ws');
  let placed: { workspace: Workspace; writes: Write[]; ids: string[] } | undefined;
  // The records validated ahead, in slices (prepare); used when none of their ids is taken.
  let prepared: Write[] | undefined;
  const many = allIds(records).length >= MANY_RECORDS;
  return defineCommand(
    `create workspace ${draft.name}`,
    {
      async apply({ tx, now }): Promise<Plan> {
        if (!placed) {
          const workspace = validated('workspaces', {
            ...draft,
            id,
            createdAt: now,
            updatedAt: now,
          });
          const clash = (await existingIds(tx, records)).length > 0;
          const set = clash ? withFreshIds(records) : records;
          const writes = !clash && prepared ? prepared : placeRecords(set, id);
          placed = { workspace, writes, ids: allIds(set) };
        }
        return {
          writes: [{ table: 'workspaces', put: placed.workspace }, ...placed.writes],
          audit: [
            auditFor('workspaces', 'create', [id], id, `From ${origin}`),
            auditFor(
              'workspaces',
              'import',
              targetsOrSummary(placed.ids, id),
              id,
              `${countOf(records)} from ${origin}`,
            ),
          ],
        };
      },
      async revert(): Promise<Plan> {
        if (!placed)
          throw new Error('This workspace cannot be removed because it was never created.');
        const writes: Write[] = placed.writes.map((w) => ({
          table: w.table,
          remove: 'put' in w ? w.put.id : w.remove,
        }));
        return {
          writes: [...writes, { table: 'workspaces', remove: id }],
          audit: [
            auditFor('workspaces', 'delete', [id], id, `Undo of create, with ${countOf(records)}`),
          ],
        };
      },
      writesMany: () => many,
      async prepare() {
        if (many && !placed && !prepared) prepared = await placeRecordsInSlices(records, id);
      },
      vaultLevel: true,
    },
    { id },
  );
}
