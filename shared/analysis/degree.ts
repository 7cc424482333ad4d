import type { Csr } from './csr';

/** Number of distinct neighbours (simple graph). */
export function degree(csr: Csr): Float64Array {
  const out = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) out[i] = csr.offsets[i + 1]! - csr.offsets[i]!;
  return out;
}

/** Degree divided by n - 1, the most neighbours a node could have; 0 when n < 2. */
export function degreeCentrality(csr: Csr): Float64Array {
  const out = degree(csr);
  const scale = csr.n > 1 ? 1 / (csr.n - 1) : 0;
  for (let i = 0; i < csr.n; i++) out[i]! *= scale;
  return out;
}

/** Sum of link weights at each node (merged parallel links already combined); degree if unweighted. */
export function strength(csr: Csr): Float64Array {
  if (!csr.weights) return degree(csr);
  const out = new Float64Array(csr.n);
  for (let i = 0; i < csr.n; i++) {
    let s = 0;
    for (let p = csr.offsets[i]!; p < csr.offsets[i + 1]!; p++) s += csr.weights[p]!;
    out[i] = s;
  }
  return out;
}
