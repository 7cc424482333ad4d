import { seededRandom, stableId } from './deterministic';

/**
 * MoPI review dates for records whose data table does not give one: about a quarter fall before
 * the demo's reference date (2026-11-01), so the review screens have overdue work to show.
 */
const CHOICES = ['2026-04-30', '2027-01-31', '2027-04-30', '2027-07-31'] as const;

export function defaultReviewDate(key: string): string {
  const seed = parseInt(stableId('x', key).slice(2, 10), 16);
  const index = Math.floor(seededRandom(seed)() * CHOICES.length);
  return CHOICES[index] ?? CHOICES[1];
}
