import type { Entity, Link } from '../model';
import { candidatePairs } from './blocking';
import { entityFeatures } from './features';
import { scorePair } from './scorePair';

export interface DuplicatePair {
  a: string;
  b: string;
  score: number;
  reasons: string[];
}

export interface DuplicateOptions {
  /** Pairs scoring below this are not proposed. */
  threshold?: number;
  links?: readonly Link[];
}

export const DEFAULT_THRESHOLD = 0.5;

/** Candidate duplicate pairs among entities of the same kind, best first. */
export function findDuplicates(
  entities: readonly Entity[],
  options: DuplicateOptions = {},
): DuplicatePair[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const features = entityFeatures(entities, options.links);
  const { pairs } = candidatePairs(features);
  const out: DuplicatePair[] = [];
  for (const [i, j] of pairs) {
    const a = features[i]!;
    const b = features[j]!;
    const s = scorePair(a, b);
    if (s.score >= threshold) out.push({ a: a.id, b: b.id, score: s.score, reasons: s.reasons });
  }
  return out.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : 1));
}
