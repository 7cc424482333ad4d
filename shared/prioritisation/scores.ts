import { z } from 'zod';
import { ID_REGEX, isoInstantSchema } from '../model';
import type { ScoringMatrix } from './matrix';

/** The score as computed on the day, with the weights and bands of that day's matrix. */
export const asScoredSchema = z.object({
  total: z.number().min(0).max(100),
  band: z.enum(['high', 'medium', 'low']),
  weights: z.record(z.string(), z.number().min(0).max(10)),
  bands: z.object({ medium: z.number().min(0).max(100), high: z.number().min(0).max(100) }),
  matrixName: z.string().max(200),
});
export type AsScored = z.infer<typeof asScoredSchema>;

export const scoreRecordSchema = z.object({
  groupId: z.string().regex(ID_REGEX, 'Not a valid record id'),
  matrixId: z.string().min(1).max(100),
  scores: z.record(
    z.string(),
    z.number().int().min(1, 'Scores run from 1 to 5').max(5, 'Scores run from 1 to 5'),
  ),
  scoredBy: z.string().trim().min(1, 'Record who scored the group').max(200),
  scoredAt: isoInstantSchema,
  rationale: z.string().max(4000).default(''),
  /** Absent on scores recorded before the weights of the day were kept. */
  asScored: asScoredSchema.optional(),
});
export type ScoreRecord = z.infer<typeof scoreRecordSchema>;

/** Validates a scoring against its matrix: every criterion scored, nothing unknown. */
export function recordScore(matrix: ScoringMatrix, input: unknown): ScoreRecord {
  const record = scoreRecordSchema.parse(input);
  if (record.matrixId !== matrix.id)
    throw new Error('This score was made with a different scoring matrix.');
  const known = new Set(matrix.criteria.map((c) => c.id));
  const missing = matrix.criteria
    .filter((c) => record.scores[c.id] === undefined)
    .map((c) => c.label);
  if (missing.length > 0)
    throw new Error(`Score every criterion before saving; missing: ${missing.join(', ')}.`);
  const unknown = Object.keys(record.scores).filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new Error(`These criteria are not in the matrix: ${unknown.join(', ')}.`);
  const { total } = weightedScore(matrix, record.scores);
  return {
    ...record,
    asScored: {
      total,
      band: bandFor(matrix, total),
      weights: Object.fromEntries(matrix.criteria.map((c) => [c.id, c.weight])),
      bands: { ...matrix.bands },
      matrixName: matrix.name,
    },
  };
}

export interface WeightedScore {
  /** 0 when every weighted criterion scores 1, 100 when every one scores 5. */
  total: number;
  /** False when the matrix has gained criteria since this score was made. */
  complete: boolean;
}

/**
 * Weighted mean of (score - 1) / 4 over the criteria scored, as a percentage. Linear on purpose:
 * analysts can check it by hand, which a product of scores would not allow.
 */
export function weightedScore(
  matrix: ScoringMatrix,
  scores: Readonly<Record<string, number>>,
): WeightedScore {
  let sum = 0;
  let weights = 0;
  let complete = true;
  for (const c of matrix.criteria) {
    const s = scores[c.id];
    if (s === undefined) {
      complete = false;
      continue;
    }
    sum += c.weight * ((s - 1) / 4);
    weights += c.weight;
  }
  const total = weights === 0 ? 0 : Math.round((sum / weights) * 1000) / 10;
  return { total, complete };
}

export type PriorityBand = 'high' | 'medium' | 'low';

export function bandFor(matrix: ScoringMatrix, total: number): PriorityBand {
  if (total >= matrix.bands.high) return 'high';
  if (total >= matrix.bands.medium) return 'medium';
  return 'low';
}
