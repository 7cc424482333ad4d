import type Graph from 'graphology-types';
import {
  addBisectedDependency,
  addLinearScaledDependency,
  bfsBuffers,
  brandesFromSource,
  resetBfs,
} from './brandes';
import { toCsr, type Csr, type CsrTopology } from './csr';
import { seededRng, shuffle } from './rng';

/**
 * How a pivot s credits the nodes between it and each target t (Geisberger, Sanders and Schultes
 * 2008). 'none' credits them in full, as Brandes and Pich (2007); 'linear' by d(s,v)/d(s,t);
 * 'bisection' in full only in the half of the path nearer t, for pairs up to
 * `BISECTION_MAX_HOPS` apart, and linearly beyond. All three are unbiased; they differ in spread,
 * and 'bisection' has much the smallest error on the top nodes (see measures.md).
 */
export type PivotScaling = 'bisection' | 'linear' | 'none';

/**
 * Pairs further apart than this are scaled linearly under 'bisection'. Bisection reads each arc
 * up to half this many times per pivot. 8 covers nearly every pair in small-world networks (on a
 * 100k-node Barabási–Albert graph no node was further than 8 hops from any of 60 pivots tried),
 * while chains and grids stay within a few times the plain cost.
 */
export const BISECTION_MAX_HOPS = 8;

export interface SampledBetweennessOptions {
  /** Number of pivot sources k (capped at n). */
  samples: number;
  seed?: number;
  /** Confidence for the stated error bound; default 0.95. */
  confidence?: number;
  /** Stop drawing pivots after this long; the bound is then computed for the pivots actually used. */
  timeBudgetMs?: number;
  /** Default 'bisection'. */
  scaling?: PivotScaling;
}

export interface SampledBetweennessResult {
  raw: Float64Array;
  normalized: Float64Array;
  /** Pivots actually used. */
  samples: number;
  scaling: PivotScaling;
  confidence: number;
  /** With probability ≥ confidence, one given node's normalised estimate is within this of the truth. */
  errorBoundPerNode: number;
  /** With probability ≥ confidence, every node's normalised estimate is within this (union bound). */
  errorBoundAllNodes: number;
  exact: boolean;
}

/** Pivot dependencies summed over the pivots run so far: shares from several threads add up. */
export interface PivotSums {
  /** Ordered-pair convention, as `PathSums.dependency`: halve for raw betweenness. */
  dependency: Float64Array;
  /** Pivots run. */
  used: number;
}

/**
 * Error bound (Hoeffding 1963). The normalised betweenness of v is the mean over all n sources s
 * of Y_s = n·D_s(v)/((n-1)(n-2)), where D_s(v) is what source s adds to the ordered-pair sum.
 * For plain pivots D_s(v) = δ_s(v) ≤ n-2, so Y_s lies in [0, R] with R = n/(n-1). A scaled pivot
 * credits each target at most in full but counts the pair for both its ends, so D_s(v) < 2(n-2)
 * and R = 2n/(n-1). The factor 2 is real: with a path s–a–v and every other node a leaf of v,
 * bisection gives D_s(v) = 2(n-3) (linear scaling 4(n-3)/3, nearer 2(n-2) on longer paths).
 * The estimate is the mean of Y over k pivots drawn without replacement, which Hoeffding shows is
 * at least as concentrated as with replacement: P(|est - b| ≥ ε) ≤ 2·exp(-2kε²/R²). Solving for
 * failure probability 1 - c gives ε = R·sqrt(ln(2/(1-c))/(2k)); over all n nodes at once replace
 * 2 by 2n. The bound is worst-case and loose for low-betweenness nodes; ranks of the top brokers
 * are much more stable than it suggests (see the benchmark's top-20 check against exact).
 */
export function hoeffdingBound(
  n: number,
  k: number,
  confidence: number,
  nodes = 1,
  scaling: PivotScaling = 'none',
): number {
  if (k >= n || n < 3) return 0;
  const range = ((scaling === 'none' ? 1 : 2) * n) / (n - 1);
  return range * Math.sqrt(Math.log((2 * nodes) / (1 - confidence)) / (2 * k));
}

/** All n nodes in a seeded random order: a prefix of it is a uniform sample without replacement. */
export function pivotOrder(n: number, seed = 1): Int32Array {
  return shuffle(
    Int32Array.from({ length: n }, (_, i) => i),
    seededRng(seed),
  );
}

/**
 * Milliseconds on a clock that worker threads share: performance.now() counts from each thread's
 * own start, so a deadline set by one thread would mean something else in another.
 */
export function clockMs(): number {
  return Date.now();
}

/**
 * Runs the pivots in order until all are done or `deadlineMs` (on `clockMs`) has passed; at least
 * one pivot is always run so that the estimate exists.
 */
export function pivotSums(
  csr: CsrTopology,
  pivots: ArrayLike<number>,
  scaling: PivotScaling,
  deadlineMs = Infinity,
): PivotSums {
  const dependency = new Float64Array(csr.n);
  const buf = bfsBuffers(csr);
  let used = 0;
  while (used < pivots.length && (used === 0 || clockMs() < deadlineMs)) {
    const s = pivots[used]!;
    const visited = brandesFromSource(csr, s, buf, scaling === 'none' ? dependency : null);
    if (scaling === 'linear') addLinearScaledDependency(buf, visited, dependency);
    else if (scaling === 'bisection')
      addBisectedDependency(buf, visited, dependency, BISECTION_MAX_HOPS);
    resetBfs(buf, visited);
    used += 1;
  }
  return { dependency, used };
}

/** The estimate and its bounds from pivot sums over `sums.used` distinct uniformly drawn pivots. */
export function sampledBetweennessFromSums(
  n: number,
  sums: PivotSums,
  scaling: PivotScaling,
  confidence: number,
): SampledBetweennessResult {
  const { dependency, used } = sums;
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
    scaling,
    confidence,
    errorBoundPerNode: hoeffdingBound(n, used, confidence, 1, scaling),
    errorBoundAllNodes: hoeffdingBound(n, used, confidence, n, scaling),
    exact: used >= n,
  };
}

/** Checks the options and returns the ones with defaults filled in. */
export function sampledOptions(options: SampledBetweennessOptions): {
  samples: number;
  seed: number;
  confidence: number;
  scaling: PivotScaling;
} {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1))
    throw new Error('analysis: confidence must be between 0 and 1.');
  if (!(options.samples >= 1))
    throw new Error('analysis: sampled betweenness needs at least one pivot.');
  return {
    samples: Math.floor(options.samples),
    seed: options.seed ?? 1,
    confidence,
    scaling: options.scaling ?? 'bisection',
  };
}

/**
 * Betweenness estimated from k uniformly random pivots, scaled by n/k (Brandes and Pich 2007),
 * each pivot's credit split by bisection by default (Geisberger et al. 2008).
 * Single-threaded; the CLI's `parallelSampledBetweenness` shares the pivots out over threads.
 */
export function sampledBetweenness(
  input: Graph | Csr,
  options: SampledBetweennessOptions,
): SampledBetweennessResult {
  const csr = toCsr(input);
  const { samples, seed, confidence, scaling } = sampledOptions(options);
  const pivots = pivotOrder(csr.n, seed).subarray(0, Math.min(csr.n, samples));
  const deadline = options.timeBudgetMs === undefined ? Infinity : clockMs() + options.timeBudgetMs;
  return sampledBetweennessFromSums(
    csr.n,
    pivotSums(csr, pivots, scaling, deadline),
    scaling,
    confidence,
  );
}
