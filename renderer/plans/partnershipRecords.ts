/**
 * The partnership records of an open workspace as the screens use them: the pure record from
 * shared/ with `storedId`, the store's key (not `recordId`, which a review decision already uses
 * for the record reviewed). The store has checked every record against its schema on load.
 */
import type { DisruptionPlan, Tactic } from '../../shared/plans';
import { DEFAULT_MATRIX, type ScoreRecord, type ScoringMatrix } from '../../shared/prioritisation';
import type { ReviewDecision } from '../../shared/review';
import type { LoadedWorkspace } from '../store';

export type StoredPlan = DisruptionPlan & { storedId: string };
export type StoredScore = ScoreRecord & { storedId: string };
export type StoredDecision = ReviewDecision & { storedId: string };
export type StoredTactic = Tactic & { storedId: string };

export const plansOf = (loaded: LoadedWorkspace): StoredPlan[] =>
  [...loaded.plans.values()].map((p) => ({ ...p, storedId: p.id }));

export const tacticsOf = (loaded: LoadedWorkspace): StoredTactic[] =>
  [...loaded.tactics.values()].map((t) => ({ ...t.tactic, storedId: t.id }));

export const scoresOf = (loaded: LoadedWorkspace): StoredScore[] =>
  [...loaded.scores.values()].map((s) => ({ ...s.score, storedId: s.id }));

export const decisionsOf = (loaded: LoadedWorkspace): StoredDecision[] =>
  [...loaded.reviews.values()].map((r) => ({ ...r.decision, storedId: r.id }));

/** The workspace's own matrix, or the default when none has been saved. */
export function matrixOf(loaded: LoadedWorkspace): ScoringMatrix {
  const [saved] = loaded.matrices.values();
  return saved?.matrix ?? DEFAULT_MATRIX;
}
