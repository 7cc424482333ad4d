import { newId } from '../../../shared/model';
import { auditFor, requireRecord } from './record-steps';
import { defineCommand, type StoreCommand } from './types';
import { validated } from './validate';

/**
 * Records that two records are not the same thing, so the Duplicates screen never proposes the
 * pair again. Logged with both records named; undo takes the decision back (also logged).
 */
export function markNotDuplicate(
  workspaceId: string,
  pair: { a: string; b: string; score?: number },
  decidedBy: string,
): StoreCommand & { id: string } {
  const id = newId('ndp');
  const [a, b] = pair.a < pair.b ? [pair.a, pair.b] : [pair.b, pair.a];
  return defineCommand(
    'mark not a duplicate',
    {
      async apply({ tx, now }) {
        const first = await requireRecord(tx, 'entities', a);
        const second = await requireRecord(tx, 'entities', b);
        const record = validated('notDuplicates', {
          id,
          workspaceId,
          a,
          b,
          decidedBy,
          ...(pair.score === undefined ? {} : { score: pair.score }),
          createdAt: now,
          updatedAt: now,
        });
        const detail = `Marked "${first.label}" and "${second.label}" as not duplicates${pair.score === undefined ? '' : ` (scored ${Math.round(pair.score * 100)}%)`}`;
        return {
          writes: [{ table: 'notDuplicates', put: record }],
          audit: [auditFor('notDuplicates', 'create', [id, a, b], workspaceId, detail)],
        };
      },
      async revert() {
        return {
          writes: [{ table: 'notDuplicates', remove: id }],
          audit: [
            auditFor(
              'notDuplicates',
              'delete',
              [id, a, b],
              workspaceId,
              'Undo of "not a duplicate"',
            ),
          ],
        };
      },
    },
    { id },
  );
}
