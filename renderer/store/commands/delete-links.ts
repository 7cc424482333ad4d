import type { Link } from '../../../shared/model';
import type { Command } from '../api';
import { auditFor, requireRecord } from './record-steps';
import { removalCommand } from './removal';

export function deleteLinks(ids: string[]): Command {
  const unique = [...new Set(ids)];
  return removalCommand(
    unique.length === 1 ? 'delete link' : `delete ${unique.length} links`,
    async (tx) => {
      const links: Link[] = [];
      for (const id of unique) links.push(await requireRecord(tx, 'links', id));
      return {
        records: links.map((put) => ({ table: 'links' as const, put })),
        audit: (action) => [
          auditFor(
            'links',
            action,
            unique,
            links[0]?.workspaceId,
            action === 'restore' ? 'Undo of delete' : '',
          ),
        ],
      };
    },
  );
}
