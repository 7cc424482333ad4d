import type { Entity } from '../../../shared/model';
import type { Command } from '../api';
import { linksTouching } from './links-touching';
import { auditFor, requireRecord } from './record-steps';
import { removalCommand } from './removal';

/** Deletes entities and every link touching them; undo restores both. */
export function deleteEntities(ids: string[]): Command {
  const unique = [...new Set(ids)];
  const label = unique.length === 1 ? 'delete entity' : `delete ${unique.length} entities`;
  return removalCommand(label, async (tx) => {
    const entities: Entity[] = [];
    for (const id of unique) entities.push(await requireRecord(tx, 'entities', id));
    const links = await linksTouching(tx, unique);
    const workspaceId = entities[0]?.workspaceId;
    return {
      records: [
        ...entities.map((put) => ({ table: 'entities' as const, put })),
        ...links.map((put) => ({ table: 'links' as const, put })),
      ],
      audit: (action) => [
        auditFor(
          'entities',
          action,
          unique,
          workspaceId,
          action === 'restore' ? 'Undo of delete' : '',
        ),
        ...(links.length
          ? [
              auditFor(
                'links',
                action,
                links.map((l) => l.id),
                workspaceId,
                'With the entities they connect',
              ),
            ]
          : []),
      ],
    };
  });
}
