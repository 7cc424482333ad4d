import type { Entity } from '../../../shared/model';
import { describeReferrers } from '../../../shared/references';
import type { Command } from '../api';
import { IntegrityError } from '../errors';
import { linksTouching } from './links-touching';
import { auditFor, requireRecord } from './record-steps';
import { referrersOf } from './referring-records';
import { removalCommand } from './removal';

/**
 * Deletes entities, every link touching them and the register entries about them (a tenancy,
 * visits, handset changes: facts about that address or line and nothing else); undo restores all
 * of it. Orders and safeguarding records are refused, not taken along: they have a life of their
 * own (a court's order, an NRM referral) and often name other people too, so deleting a node on
 * the chart must never erase them. The message names them; the analyst ends or deletes them
 * first, or merges the entity into the one it duplicates, which re-points them.
 */
export function deleteEntities(ids: string[]): Command {
  const unique = [...new Set(ids)];
  const label = unique.length === 1 ? 'delete entity' : `delete ${unique.length} entities`;
  return removalCommand(label, async (tx) => {
    const entities: Entity[] = [];
    for (const id of unique) entities.push(await requireRecord(tx, 'entities', id));
    const links = await linksTouching(tx, unique);
    const workspaceId = entities[0]?.workspaceId;
    const referring = workspaceId ? await referrersOf(tx, workspaceId, unique) : [];
    const casework = referring.filter((r) => r.table !== 'registers');
    if (casework.length) {
      const names = entities.map((e) => `"${e.label}"`).join(', ');
      throw new IntegrityError(
        `${names} cannot be deleted: ${describeReferrers(casework)} ${casework.length === 1 ? 'names' : 'name'} ${entities.length === 1 ? 'it' : 'them'}. End or delete ${casework.length === 1 ? 'that record' : 'those records'} first (Plans and Safeguarding screens), or merge the entity into the one it duplicates.`,
      );
    }
    const registers = referring.flatMap((r) => (r.table === 'registers' ? [r.record] : []));
    return {
      records: [
        ...entities.map((put) => ({ table: 'entities' as const, put })),
        ...links.map((put) => ({ table: 'links' as const, put })),
        ...registers.map((put) => ({ table: 'registers' as const, put })),
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
        ...(registers.length
          ? [
              auditFor(
                'registers',
                action,
                registers.map((r) => r.id),
                workspaceId,
                'With the addresses and lines they describe',
              ),
            ]
          : []),
      ],
    };
  });
}
