import type Graph from 'graphology-types';
import { pathSumsRange, type PathSums } from './brandes';
import { toCsr, type Csr } from './csr';

export interface ClosenessResult {
  /** (r(u)-1) / Σ_v d(u,v) over the nodes u can reach; 0 for an isolated node. */
  closeness: Float64Array;
  /** Wasserman-Faust: closeness × (r(u)-1)/(n-1), so a node in a small fragment scores lower. */
  wassermanFaust: Float64Array;
}

/** Closeness from per-source distance sums (shared with betweenness in `runSuite`). */
export function closenessFromSums(
  sums: Pick<PathSums, 'distanceSum' | 'reached'>,
  n: number,
): ClosenessResult {
  const closeness = new Float64Array(n);
  const wassermanFaust = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const reached = sums.reached[i]!;
    if (reached === 0) continue;
    closeness[i] = reached / sums.distanceSum[i]!;
    wassermanFaust[i] = closeness[i]! * (reached / (n - 1));
  }
  return { closeness, wassermanFaust };
}

export function closeness(input: Graph | Csr): ClosenessResult {
  const csr = toCsr(input);
  return closenessFromSums(pathSumsRange(csr, 0, csr.n, false), csr.n);
}
