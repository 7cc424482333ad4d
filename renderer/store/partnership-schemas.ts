/**
 * How the store keeps the partnership's records: each pure record from shared/ wrapped in the
 * envelope every stored row has (id, workspace, times), so the loader, integrity checks and undo
 * treat them like entities and links.
 */
import { z } from 'zod';
import { disruptionPlanSchema, tacticSchema } from '../../shared/plans';
import { scoreRecordSchema, scoringMatrixSchema } from '../../shared/prioritisation';
import { disclosureEntrySchema, profileDraftFieldsSchema } from '../../shared/profiles';
import { reviewDecisionSchema } from '../../shared/review';
import { mergeRecordSchema } from '../../shared/dedupe';
import { recordIdSchema as idSchema, recordEnvelope as envelope } from '../../shared/model';

export const planRecordSchema = disruptionPlanSchema;
/** A partner power the partnership added to the built-in catalogue. */
export const tacticRecordSchema = z.object({ ...envelope, tactic: tacticSchema });
export const scoreStoredSchema = z.object({ ...envelope, score: scoreRecordSchema });
/** At most one per workspace: the matrix its groups are scored with. */
export const matrixRecordSchema = z.object({ ...envelope, matrix: scoringMatrixSchema });
export const profileRecordSchema = z.object({
  ...envelope,
  draft: profileDraftFieldsSchema,
  exports: z.array(disclosureEntrySchema).max(10_000).default([]),
});
export const reviewRecordSchema = z.object({ ...envelope, decision: reviewDecisionSchema });
export { mergeRecordSchema };
/** An analyst's decision that two records are different things: the pair is never proposed again. */
export const notDuplicateRecordSchema = z
  .object({
    ...envelope,
    a: idSchema,
    b: idSchema,
    decidedBy: z.string().trim().min(1).max(200),
    score: z.number().min(0).max(1).optional(),
  })
  .refine((r) => r.a < r.b, { message: 'The pair is kept in id order', path: ['b'] });

export type PlanRecord = z.infer<typeof planRecordSchema>;
export type TacticRecord = z.infer<typeof tacticRecordSchema>;
export type ScoreStored = z.infer<typeof scoreStoredSchema>;
export type MatrixRecord = z.infer<typeof matrixRecordSchema>;
export type ProfileRecord = z.infer<typeof profileRecordSchema>;
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;
export type NotDuplicateRecord = z.infer<typeof notDuplicateRecordSchema>;
export type { MergeRecord } from '../../shared/dedupe';
