import type Graph from 'graphology-types';
import { bfsBuffers, brandesFromSource, resetBfs } from './brandes';
import { toCsr, type Csr } from './csr';
import { seededRng, shuffle } from './rng';

export interface SampledBetweennessOptions {
  /** Number of pivot sources k (capped at n). */
  samples: number;
  seed?: number;
  /** Confidence for the stated error bound; default 0.95. */
  confidence?: number;
  /** Stop drawing pivots after this long; the bound is then computed for the pivots actually used. */
  timeBudgetMs?: number;
}

export interface SampledBetweennessResult {
  raw: Float64Array;
  normalized: Float64Array;
  /** Pivots actually used. */
  samples: number;
  confidence: number;
  /** With probability ≥ confidence, one given node's normalised estimate is within this of the truth. */
  errorBoundPerNode: number;
  /** With probability ≥ confidence, every node's normalised estimate is within this (union bound). */
  errorBoundAllNodes: number;
  exact: boolean;
}

/**
 * Error bound (Hoeffding 1963). The normalised betweenness of v is the mean over all n sources s
 * of Y_s = n·δ_s(v)/((n-1)(n-2)), and δ_s(v) ≤ n-2, so each Y_s lies in [0, R] with R = n/(n-1).
 * The estimate is the mean of Y over k pivots drawn without replacement, which Hoeffding shows is
 * at least as concentrated as with replacement: P(|est - b| ≥ ε) ≤ 2·exp(-2kε²/R²). Solving for
 * failure probability 1 - confidence gives ε = R·sqrt(ln(2/(1-c))/(2k)); over all n nodes at once
 * replace 2 by 2n. The bound is worst-case and loose for low-betweenness nodes; ranks of the
 * top brokers are much more stable than it suggests (see the benchmark's top-20 overlap).
 */
export function hoeffdingBound(n: number, k: number, confidence: number, nodes = 1): number {
  if (k >= n || n < 3) return 0;
  const range = n / (n - 1);
  return range * Math.sqrt(Math.log((2 * nodes) / (1 - confidence)) / (2 * k));
}

/** Betweenness estimated from k random pivots, scaled by n/k (Brandes and Pich 2007). */
export function sampledBetweenness(
  input: Graph | Csr,
  options: SampledBetweennessOptions,
): SampledBetweennessResult {
  const csr = toCsr(input);
  const n = csr.n;
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1))
    throw new Error('analysis: confidence must be between 0 and 1.');
  if (!(options.samples >= 1))
    throw new Error('analysis: sampled betweenness needs at least one pivot.');
  const pivots = shuffle(
    Int32Array.from({ length: n }, (_, i) => i),
    seededRng(options.seed ?? 1),
  );
  const wanted = Math.min(n, Math.floor(options.samples));
  const deadline =
    options.timeBudgetMs === undefined ? Infinity : performance.now() + options.timeBudgetMs;
  const dependency = new Float64Array(n);
  const buf = bfsBuffers(csr);
  let used = 0;
  while (used < wanted && (used === 0 || performance.now() < deadline)) {
    resetBfs(buf, brandesFromSource(csr, pivots[used]!, buf, dependency));
    used += 1;
  }
  const raw = new Float64Array(n);
  const normalized = new Float64Array(n);
  const normScale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) {
    raw[i] = (dependency[i]! * n) / used / 2;
    normalized[i] = raw[i]! * normScale;
  }
  return {
    raw,
    normalized,
    samples: used,
    confidence,
    errorBoundPerNode: hoeffdingBound(n, used, confidence),
    errorBoundAllNodes: hoeffdingBound(n, used, confidence, n),
    exact: used >= n,
  };
}
