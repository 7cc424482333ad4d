import type Graph from 'graphology-types';
import { toCsr, type Csr } from './csr';

export interface PagerankOptions {
  /** Probability of following a link rather than jumping anywhere; default 0.85. */
  damping?: number;
  /** Use the CSR's weights (the CSR must have been built with a weight source). Default false. */
  weighted?: boolean;
  /** Stop when the L1 change between iterations falls below this; default 1e-14. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * PageRank by power iteration, uniform teleport. Isolated nodes (no links, so nowhere to go)
 * hand their score to everyone equally, as igraph's PRPACK and networkx do; the scores sum to 1.
 */
export function pagerank(input: Graph | Csr, options: PagerankOptions = {}): Float64Array {
  const csr = toCsr(input);
  const { n, offsets, targets } = csr;
  const weights = options.weighted ? csr.weights : null;
  if (options.weighted && !weights)
    throw new Error('analysis: weighted PageRank needs link weights.');
  const d = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-14;
  const maxIterations = options.maxIterations ?? 10_000;
  if (n === 0) return new Float64Array(0);
  const outWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) s += weights ? weights[p]! : 1;
    outWeight[v] = s;
  }
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const share = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      if (outWeight[v]! > 0) share[v] = rank[v]! / outWeight[v]!;
      else dangling += rank[v]!;
    }
    const base = (1 - d) / n + (d * dangling) / n;
    let total = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++)
        s += share[targets[p]!]! * (weights ? weights[p]! : 1);
      next[v] = base + d * s;
      total += next[v]!;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v]! /= total; // guards against drift in the sum from rounding
      change += Math.abs(next[v]! - rank[v]!);
    }
    [rank, next] = [next, rank];
    if (change < tolerance) break;
  }
  return rank;
}
