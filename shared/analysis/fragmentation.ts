import { connectedComponents } from './components';
import type { Csr } from './csr';

export interface NetworkState {
  /** Nodes left after removal. */
  nodes: number;
  components: number;
  /** Component sizes, largest first. */
  componentSizes: number[];
  /** Borgatti's F = 1 - Σ_k s_k(s_k - 1) / (n(n - 1)): the share of pairs that can no longer reach each other. */
  fragmentation: number;
  /** Borgatti's DF = 1 - Σ_{i≠j} (1/d_ij) / (n(n - 1)): also counts pairs pushed further apart; null if not computed. */
  distanceFragmentation: number | null;
}

/**
 * F over the graph that remains once `removed` nodes are taken out (n = nodes remaining).
 * With fewer than two nodes left, no pair can reach another, so F = 1.
 */
export function fragmentationOf(
  csr: Csr,
  removed?: Uint8Array,
): { fragmentation: number; sizes: number[]; nodes: number } {
  const { sizes } = connectedComponents(csr, removed);
  const nodes = sizes.reduce((a, b) => a + b, 0);
  if (nodes < 2) return { fragmentation: 1, sizes, nodes };
  let reachablePairs = 0;
  for (const s of sizes) reachablePairs += s * (s - 1);
  return { fragmentation: 1 - reachablePairs / (nodes * (nodes - 1)), sizes, nodes };
}

/** DF: one breadth-first search per remaining node, O(n·m); unreachable pairs add 0. */
export function distanceFragmentationOf(csr: Csr, removed?: Uint8Array): number {
  const { n, offsets, targets } = csr;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let nodes = 0;
  let closeness = 0;
  for (let s = 0; s < n; s++) {
    if (removed?.[s]) continue;
    nodes += 1;
    dist[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = targets[p]!;
        if (dist[w] !== -1 || removed?.[w]) continue;
        dist[w] = dist[v]! + 1;
        closeness += 1 / dist[w]!;
        queue[tail++] = w;
      }
    }
    for (let k = 0; k < tail; k++) dist[queue[k]!] = -1;
  }
  return nodes < 2 ? 1 : 1 - closeness / (nodes * (nodes - 1));
}

export function networkState(
  csr: Csr,
  removed: Uint8Array | undefined,
  withDistance: boolean,
): NetworkState {
  const f = fragmentationOf(csr, removed);
  return {
    nodes: f.nodes,
    components: f.sizes.length,
    componentSizes: [...f.sizes].sort((a, b) => b - a),
    fragmentation: f.fragmentation,
    distanceFragmentation: withDistance ? distanceFragmentationOf(csr, removed) : null,
  };
}
