import type { Command } from '../api';
import { auditFor, requireRecord } from './record-steps';
import { removalCommand } from './removal';

export function deleteView(id: string): Command {
  return removalCommand('delete saved view', async (tx) => {
    const view = await requireRecord(tx, 'views', id);
    return {
      records: [{ table: 'views' as const, put: view }],
      audit: (action) => [
        auditFor(
          'views',
          action,
          [id],
          view.workspaceId,
          action === 'restore' ? 'Undo of delete' : '',
        ),
      ],
    };
  });
}
