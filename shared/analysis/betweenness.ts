import type Graph from 'graphology-types';
import { pathSumsRange } from './brandes';
import { toCsr, type Csr } from './csr';

export interface BetweennessResult {
  /** Σ over unordered pairs {s,t}, s ≠ v ≠ t, of σ_st(v)/σ_st: each pair counted once (igraph). */
  raw: Float64Array;
  /** raw × 2 / ((n-1)(n-2)): the share of all pairs' shortest paths that pass through v (networkx). */
  normalized: Float64Array;
}

/**
 * Partial betweenness for the sources [from, to): Brandes' dependencies summed over those
 * sources only (ordered pairs). Pieces computed on different threads add up to the whole; pass
 * the total to `betweennessFromDependency`.
 */
export function betweennessRange(csr: Csr, from: number, to: number): Float64Array {
  return pathSumsRange(csr, from, to, true).dependency;
}

/** Turns summed dependencies over every source into raw and normalised betweenness. */
export function betweennessFromDependency(dependency: Float64Array, n: number): BetweennessResult {
  const raw = new Float64Array(n);
  const normalized = new Float64Array(n);
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  for (let i = 0; i < n; i++) {
    // Every unordered pair was counted from both ends in an undirected graph.
    raw[i] = dependency[i]! / 2;
    normalized[i] = raw[i]! * scale;
  }
  return { raw, normalized };
}

/** Exact, unweighted betweenness (Brandes 2001), single-threaded. */
export function betweenness(input: Graph | Csr): BetweennessResult {
  const csr = toCsr(input);
  return betweennessFromDependency(betweennessRange(csr, 0, csr.n), csr.n);
}
