import type Graph from 'graphology-types';
import { toCsr, type Csr } from './csr';

/**
 * k-core number of every node (Batagelj and Zaversnik 2003, O(n + m)): the largest k such that
 * the node belongs to a subgraph where everyone has at least k neighbours.
 */
export function coreNumber(input: Graph | Csr): Float64Array {
  const { n, offsets, targets } = toCsr(input);
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDeg) maxDeg = deg[v]!;
  }
  // Bucket sort nodes by degree: bin[d] is where degree-d nodes start in `vert`.
  const bin = new Int32Array(maxDeg + 1);
  for (let v = 0; v < n; v++) bin[deg[v]!]! += 1;
  let start = 0;
  for (let d = 0; d <= maxDeg; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]!]!++;
    vert[pos[v]!] = v;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const u = targets[p]!;
      if (deg[u]! > deg[v]!) {
        // Move u to the front of its bucket, then shrink its degree by one.
        const du = deg[u]!;
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]! += 1;
        deg[u] = du - 1;
      }
    }
  }
  return Float64Array.from(deg);
}
