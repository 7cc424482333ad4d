import type { ScoringMatrix } from './matrix';
import { bandFor, weightedScore, type PriorityBand, type ScoreRecord } from './scores';

/** A group's scorings, newest first: the history the board can audit. */
export function scoreHistory(records: readonly ScoreRecord[], groupId: string): ScoreRecord[] {
  return records
    .filter((r) => r.groupId === groupId)
    .sort((a, b) => (a.scoredAt < b.scoredAt ? 1 : a.scoredAt > b.scoredAt ? -1 : 0));
}

export interface RankedGroup {
  groupId: string;
  /** Competition ranking: equal totals share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  total: number;
  band: PriorityBand;
  complete: boolean;
  latest: ScoreRecord;
  /** Change since the scoring before the latest, recomputed with today's weights. */
  change: number | undefined;
}

/**
 * Groups ranked by their latest scoring under `matrix`. Every total is recomputed with the
 * matrix's current weights, so changing a weight re-ranks all groups consistently.
 */
export function rankGroups(matrix: ScoringMatrix, records: readonly ScoreRecord[]): RankedGroup[] {
  const ids = [...new Set(records.map((r) => r.groupId))];
  const rows = ids.map((groupId) => {
    const [latest, previous] = scoreHistory(records, groupId) as [
      ScoreRecord,
      ScoreRecord | undefined,
    ];
    const { total, complete } = weightedScore(matrix, latest.scores);
    const change = previous
      ? Math.round((total - weightedScore(matrix, previous.scores).total) * 10) / 10
      : undefined;
    return { groupId, rank: 0, total, band: bandFor(matrix, total), complete, latest, change };
  });
  rows.sort((a, b) => b.total - a.total || a.groupId.localeCompare(b.groupId));
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    row.rank = prev && prev.total === row.total ? prev.rank : i + 1;
  });
  return rows;
}
