import type { ScoringMatrix } from './matrix';
import { explainBandChange } from './history';
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
  /** Change since the scoring before the latest, each as recorded on its day. */
  change: number | undefined;
  /** Why the band today differs from the band the latest scoring was given, if it does. */
  bandChange: string | undefined;
}

/**
 * Groups ranked by their latest scoring under `matrix`: the present ranking, every total
 * recomputed with today's weights so a weight change re-ranks all groups consistently. What each
 * scoring was on its own day stays in `latest.asScored`, and `bandChange` explains any difference.
 */
export function rankGroups(matrix: ScoringMatrix, records: readonly ScoreRecord[]): RankedGroup[] {
  const ids = [...new Set(records.map((r) => r.groupId))];
  const rows = ids.map((groupId) => {
    const [latest, previous] = scoreHistory(records, groupId) as [
      ScoreRecord,
      ScoreRecord | undefined,
    ];
    const { total, complete } = weightedScore(matrix, latest.scores);
    const recorded = (r: ScoreRecord) => r.asScored?.total ?? weightedScore(matrix, r.scores).total;
    const change = previous
      ? Math.round((recorded(latest) - recorded(previous)) * 10) / 10
      : undefined;
    const band = bandFor(matrix, total);
    const bandChange = explainBandChange(matrix, latest);
    return { groupId, rank: 0, total, band, complete, latest, change, bandChange };
  });
  rows.sort((a, b) => b.total - a.total || a.groupId.localeCompare(b.groupId));
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    row.rank = prev && prev.total === row.total ? prev.rank : i + 1;
  });
  return rows;
}
