import { newId } from '../../../shared/model';
import type { ScoreRecord, ScoringMatrix } from '../../../shared/prioritisation';
import type { MatrixRecord } from '../partnership-schemas';
import { createRecordCommand, updateRecordCommand } from './record-steps';
import { defineCommand, type StoreCommand } from './types';

/**
 * Records one scoring of a group. Scores are history: each is a new record, never an overwrite,
 * so the ranking shows the latest and the panel shows who scored what, when.
 */
export function recordOcgScore(workspaceId: string, score: ScoreRecord) {
  const id = newId('scr');
  return createRecordCommand('scores', 'score group', id, workspaceId, (now) => ({
    id,
    workspaceId,
    score,
    createdAt: now,
    updatedAt: now,
  }));
}

/** Saves the workspace's scoring matrix: creates it the first time, replaces it after; undoable. */
export function setScoringMatrix(workspaceId: string, matrix: ScoringMatrix): StoreCommand {
  let inner: StoreCommand | undefined;
  return defineCommand('save scoring matrix', {
    async apply(ctx) {
      if (!inner) {
        const [existing] = await ctx.tx.where<MatrixRecord>('matrices', 'workspaceId', workspaceId);
        const id = existing?.id ?? newId('mtx');
        inner = existing
          ? updateRecordCommand('matrices', 'save scoring matrix', id, { matrix })
          : createRecordCommand('matrices', 'save scoring matrix', id, workspaceId, (now) => ({
              id,
              workspaceId,
              matrix,
              createdAt: now,
              updatedAt: now,
            }));
      }
      return inner.apply(ctx);
    },
    async revert(ctx) {
      if (!inner) throw new Error('This edit cannot be undone because it was never applied.');
      return inner.revert(ctx);
    },
  });
}
