import { DEFAULT_THRESHOLD, entityFeatures, scorePair } from '../../../shared/dedupe';
import type { LabelledPair } from './labelledPairs';

export interface Evaluation {
  pairs: number;
  positives: number;
  negatives: number;
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Pairs the scorer got wrong, with the error each was built with and its score. */
  mistakes: { error: string; same: boolean; score: number; a: string; b: string }[];
}

/** Scores every pair as the Duplicates screen would and counts hits and misses at the threshold. */
export function evaluate(
  pairs: readonly LabelledPair[],
  threshold = DEFAULT_THRESHOLD,
): Evaluation {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: Evaluation['mistakes'] = [];
  for (const p of pairs) {
    const features = entityFeatures([p.a, p.b, ...p.places], p.links);
    const { score } = scorePair(features[0]!, features[1]!);
    const proposed = score >= threshold;
    if (proposed && p.same) tp++;
    if (proposed && !p.same) fp++;
    if (!proposed && p.same) fn++;
    if (proposed !== p.same)
      mistakes.push({ error: p.error, same: p.same, score, a: p.a.label, b: p.b.label });
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const positives = pairs.filter((p) => p.same).length;
  return {
    pairs: pairs.length,
    positives,
    negatives: pairs.length - positives,
    threshold,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: round(tp / Math.max(1, tp + fp)),
    recall: round(tp / Math.max(1, positives)),
    mistakes,
  };
}
