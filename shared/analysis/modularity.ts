import type Graph from 'graphology-types';
import { toCsr, type Csr } from './csr';

/**
 * Newman's modularity Q = (1/2m) Σ_ij [A_ij - k_i k_j / 2m] δ(c_i, c_j), resolution 1, on the
 * unweighted simple graph (or weighted, if asked and the CSR carries weights). Computed from the
 * partition itself, never taken from the algorithm that produced it.
 */
export function modularity(
  input: Graph | Csr,
  community: Int32Array,
  options: { weighted?: boolean } = {},
): number {
  const csr = toCsr(input);
  const { n, offsets, targets } = csr;
  const weights = options.weighted ? csr.weights : null;
  let communities = 0;
  for (let v = 0; v < n; v++) communities = Math.max(communities, community[v]! + 1);
  const inside = new Float64Array(communities);
  const total = new Float64Array(communities);
  let twoM = 0;
  for (let v = 0; v < n; v++) {
    const cv = community[v]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const w = weights ? weights[p]! : 1;
      twoM += w;
      total[cv]! += w;
      if (community[targets[p]!] === cv) inside[cv]! += w;
    }
  }
  if (twoM === 0) return 0;
  let q = 0;
  for (let c = 0; c < communities; c++) q += inside[c]! / twoM - (total[c]! / twoM) ** 2;
  return q;
}
