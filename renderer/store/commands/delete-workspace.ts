import type { Entity, IntelItem, Link, SavedView } from '../../../shared/model';
import type { Command } from '../api';
import { auditFor, requireRecord } from './record-steps';
import { removalCommand } from './removal';

/** Deletes a workspace and everything in it; undo restores it all. */
export function deleteWorkspace(id: string): Command {
  return removalCommand('delete workspace', async (tx) => {
    const workspace = await requireRecord(tx, 'workspaces', id);
    const entities = await tx.where<Entity>('entities', 'workspaceId', id);
    const links = await tx.where<Link>('links', 'workspaceId', id);
    const intel = await tx.where<IntelItem>('intel', 'workspaceId', id);
    const views = await tx.where<SavedView>('views', 'workspaceId', id);
    const counts = `${entities.length} entities, ${links.length} links, ${intel.length} intelligence items, ${views.length} saved views`;
    return {
      records: [
        { table: 'workspaces' as const, put: workspace },
        ...entities.map((put) => ({ table: 'entities' as const, put })),
        ...intel.map((put) => ({ table: 'intel' as const, put })),
        ...links.map((put) => ({ table: 'links' as const, put })),
        ...views.map((put) => ({ table: 'views' as const, put })),
      ],
      audit: (action) => [
        auditFor(
          'workspaces',
          action,
          [id],
          id,
          `${action === 'restore' ? 'Undo of delete; restored' : 'With'} ${counts}`,
        ),
      ],
    };
  });
}
