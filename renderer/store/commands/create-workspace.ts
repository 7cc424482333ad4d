import { newId, type Workspace } from '../../../shared/model';
import type { WorkspaceDraft } from '../api';
import { IntegrityError } from '../errors';
import { auditFor, requireRecord } from './record-steps';
import { validated } from './validate';
import { defineCommand, type Plan } from './types';

export function createWorkspace(draft: WorkspaceDraft & { fictional?: boolean }) {
  const id = newId('ws');
  let record: Workspace | undefined;
  return defineCommand(
    `create workspace ${draft.name}`,
    {
      async apply({ tx, now }): Promise<Plan> {
        record ??= validated('workspaces', { ...draft, id, createdAt: now, updatedAt: now });
        if (await tx.get('workspaces', id))
          throw new IntegrityError(`Workspace ${id} already exists.`);
        return {
          writes: [{ table: 'workspaces', put: record }],
          audit: [auditFor('workspaces', 'create', [id], id)],
        };
      },
      async revert({ tx }): Promise<Plan> {
        await requireRecord(tx, 'workspaces', id);
        return {
          writes: [{ table: 'workspaces', remove: id }],
          audit: [auditFor('workspaces', 'delete', [id], id, 'Undo of create')],
        };
      },
      vaultLevel: true,
    },
    { id },
  );
}
