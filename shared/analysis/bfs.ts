import type { Csr } from './csr';

/**
 * Hop distances from one source (-1 where unreachable), optionally stopping at `maxHops` and
 * skipping `removed` nodes. Also counts shortest paths (σ), which exposure analysis needs.
 */
export function bfsFrom(
  csr: Csr,
  source: number,
  options: { maxHops?: number; removed?: Uint8Array } = {},
): { dist: Int32Array; sigma: Float64Array; order: Int32Array } {
  const { n, offsets, targets } = csr;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const queue = new Int32Array(n);
  const maxHops = options.maxHops ?? Infinity;
  dist[source] = 0;
  sigma[source] = 1;
  queue[0] = source;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    if (dist[v]! >= maxHops) continue;
    for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
      const w = targets[p]!;
      if (options.removed?.[w]) continue;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue[tail++] = w;
      }
      if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
    }
  }
  return { dist, sigma, order: queue.subarray(0, tail) };
}

/** Walks back from `target` along nodes one hop closer each time: one shortest path, source first. */
export function tracePath(csr: Csr, dist: Int32Array, target: number): number[] {
  if (dist[target]! < 0) return [];
  const path = [target];
  let v = target;
  while (dist[v]! > 0) {
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const u = csr.targets[p]!;
      if (dist[u] === dist[v]! - 1) {
        v = u;
        break;
      }
    }
    path.push(v);
  }
  return path.reverse();
}
