/**
 * Reads the partnership records of an open workspace. The store keeps them in maps on the
 * loaded workspace; each record is read through the pure schema it was written with, so a record
 * from an older build that no longer fits is left out of the screens instead of breaking them.
 */
import { disruptionPlanSchema, tacticSchema, type DisruptionPlan, type Tactic } from '../../shared/plans';
import {
  DEFAULT_MATRIX,
  scoreRecordSchema,
  scoringMatrixSchema,
  type ScoreRecord,
  type ScoringMatrix,
} from '../../shared/prioritisation';
import { reviewDecisionSchema, type ReviewDecision } from '../../shared/review';
import type { LoadedWorkspace } from '../store';

interface PartnershipMaps {
  plans: ReadonlyMap<string, unknown>;
  tactics: ReadonlyMap<string, unknown>;
  scores: ReadonlyMap<string, unknown>;
  scoringMatrix: unknown;
  profiles: ReadonlyMap<string, unknown>;
  reviewDecisions: ReadonlyMap<string, unknown>;
}

export function partnershipMaps(loaded: LoadedWorkspace): Partial<PartnershipMaps> {
  return loaded as unknown as Partial<PartnershipMaps>;
}

/** A stored record is either the pure record itself or wraps it under `key`. */
function readAll<T>(
  map: ReadonlyMap<string, unknown> | undefined,
  parse: (value: unknown) => T | null,
  key: string,
): (T & { recordId: string })[] {
  const out: (T & { recordId: string })[] = [];
  for (const [recordId, value] of map ?? []) {
    const direct = parse(value);
    const wrapped =
      direct ?? parse((value as Record<string, unknown> | null | undefined)?.[key] ?? null);
    if (wrapped) out.push({ ...wrapped, recordId });
  }
  return out;
}

const via =
  <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }) =>
  (value: unknown): T | null => {
    const r = schema.safeParse(value);
    return r.success ? r.data : null;
  };

export type StoredPlan = DisruptionPlan & { recordId: string };
export type StoredScore = ScoreRecord & { recordId: string };
export type StoredDecision = ReviewDecision & { recordId: string };
export type StoredTactic = Tactic & { recordId: string };

export const plansOf = (loaded: LoadedWorkspace): StoredPlan[] =>
  readAll(partnershipMaps(loaded).plans, via(disruptionPlanSchema), 'plan');

export const tacticsOf = (loaded: LoadedWorkspace): StoredTactic[] =>
  readAll(partnershipMaps(loaded).tactics, via(tacticSchema), 'tactic');

export const scoresOf = (loaded: LoadedWorkspace): StoredScore[] =>
  readAll(partnershipMaps(loaded).scores, via(scoreRecordSchema), 'score');

export const decisionsOf = (loaded: LoadedWorkspace): StoredDecision[] =>
  readAll(partnershipMaps(loaded).reviewDecisions, via(reviewDecisionSchema), 'decision');

/** The workspace's own matrix, or the default when none has been saved. */
export function matrixOf(loaded: LoadedWorkspace): ScoringMatrix {
  const stored = partnershipMaps(loaded).scoringMatrix;
  if (stored === undefined) return DEFAULT_MATRIX;
  const direct = scoringMatrixSchema.safeParse(stored);
  if (direct.success) return direct.data;
  const wrapped = scoringMatrixSchema.safeParse((stored as { matrix?: unknown }).matrix);
  return wrapped.success ? wrapped.data : DEFAULT_MATRIX;
}
