import type { ScoringMatrix } from './matrix';
import { bandFor, weightedScore, type PriorityBand, type ScoreRecord } from './scores';

const BAND_WORDS: Record<PriorityBand, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** What changed in the matrix since a score was recorded: weights and band thresholds, in words. */
export function matrixChanges(matrix: ScoringMatrix, record: ScoreRecord): string[] {
  const then = record.asScored;
  if (!then) return [];
  const out: string[] = [];
  for (const c of matrix.criteria) {
    const before = then.weights[c.id];
    if (before === undefined) out.push(`${c.label} added with weight ${c.weight}`);
    else if (before !== c.weight) out.push(`${c.label} weight ${before} \u2192 ${c.weight}`);
  }
  for (const id of Object.keys(then.weights))
    if (!matrix.criteria.some((c) => c.id === id)) out.push(`criterion "${id}" removed`);
  if (then.bands.medium !== matrix.bands.medium)
    out.push(`Medium band from ${then.bands.medium} \u2192 ${matrix.bands.medium}`);
  if (then.bands.high !== matrix.bands.high)
    out.push(`High band from ${then.bands.high} \u2192 ${matrix.bands.high}`);
  return out;
}

/**
 * Why a group's band today differs from the band its scoring was given on the day, or undefined
 * when it does not (or when the scoring predates recorded weights and cannot be compared).
 */
export function explainBandChange(matrix: ScoringMatrix, record: ScoreRecord): string | undefined {
  const then = record.asScored;
  if (!then) return undefined;
  const { total } = weightedScore(matrix, record.scores);
  const now = bandFor(matrix, total);
  if (now === then.band) return undefined;
  const day = record.scoredAt.slice(0, 10);
  const changes = matrixChanges(matrix, record);
  return `Scored ${BAND_WORDS[then.band]} (${then.total}) on ${day} with the weights of that day; ${BAND_WORDS[now]} (${total}) under today's matrix${changes.length ? `, because the matrix changed: ${changes.join('; ')}` : ''}.`;
}
