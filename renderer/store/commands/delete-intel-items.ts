import type { IntelItem } from '../../../shared/model';
import type { Command } from '../api';
import { auditFor, requireRecord } from './record-steps';
import { removalCommand } from './removal';

/**
 * Entities and links may still name a deleted item in their provenance; the views show such a
 * reference as missing rather than this command rewriting records the analyst did not touch.
 */
export function deleteIntelItems(ids: string[]): Command {
  const unique = [...new Set(ids)];
  const label =
    unique.length === 1 ? 'delete intelligence item' : `delete ${unique.length} intelligence items`;
  return removalCommand(label, async (tx) => {
    const items: IntelItem[] = [];
    for (const id of unique) items.push(await requireRecord(tx, 'intel', id));
    return {
      records: items.map((put) => ({ table: 'intel' as const, put })),
      audit: (action) => [
        auditFor(
          'intel',
          action,
          unique,
          items[0]?.workspaceId,
          action === 'restore' ? 'Undo of delete' : '',
        ),
      ],
    };
  });
}
