/**
 * Duplicate detection on a labelled set built from the demo (labelledPairs.ts): precision and
 * recall at the default threshold, by kind of error, and the time to score the set. Prints
 * figures, never passes or fails. Alone: `npm run bench -- dedupe`.
 */
import { labelledPairs } from './labelledPairs';
import { evaluate } from './evaluate';

export async function benchDedupe(): Promise<Record<string, unknown>> {
  const pairs = labelledPairs();
  const started = performance.now();
  const result = evaluate(pairs);
  const ms = performance.now() - started;
  const byError: Record<string, { pairs: number; wrong: number }> = {};
  for (const p of pairs) byError[p.error] = { pairs: (byError[p.error]?.pairs ?? 0) + 1, wrong: 0 };
  for (const m of result.mistakes) byError[m.error]!.wrong += 1;
  const { mistakes, ...figures } = result;
  return { ...figures, scoringMs: Math.round(ms), byError, mistakes: mistakes.slice(0, 20) };
}
