import {
  rankGroups,
  type PriorityBand,
  type ScoreRecord,
  type ScoringMatrix,
} from '../prioritisation';

export const BAND_WORDS: Record<PriorityBand, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export interface GroupBand {
  band: PriorityBand;
  total: number;
  rank: number;
  of: number;
  scoredAt: string;
}

/** A group's band from its latest scoring, as the Prioritisation screen ranks it; undefined if never scored. */
export function groupBand(
  groupId: string,
  matrix: ScoringMatrix,
  scores: readonly ScoreRecord[],
): GroupBand | undefined {
  const ranked = rankGroups(matrix, scores);
  const row = ranked.find((r) => r.groupId === groupId);
  if (!row) return undefined;
  return {
    band: row.band,
    total: row.total,
    rank: row.rank,
    of: ranked.length,
    scoredAt: row.latest.scoredAt,
  };
}
