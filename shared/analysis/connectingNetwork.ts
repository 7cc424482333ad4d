import type Graph from 'graphology-types';
import { bfsFrom } from './bfs';
import { nodeIndex, toCsr, type Csr } from './csr';

export interface ConnectingNetwork {
  /** The chosen entities plus everyone on a shortest path between two of them. */
  nodes: string[];
  /** Links lying on at least one of those shortest paths. */
  links: [string, string][];
  /** Pairs of chosen entities with no path between them at all. */
  unconnected: [string, string][];
}

/**
 * How several chosen entities are connected: the union of ALL shortest paths between every pair
 * of them (not a Steiner tree). Chosen because it is exact and explainable ("every shortest route
 * between A and B runs through these people"), where a Steiner approximation would pick one
 * route arbitrarily. One BFS per chosen entity: a node v is on a shortest s-t path exactly when
 * d(s,v) + d(v,t) = d(s,t), and a link u-v when d(s,u) + 1 + d(v,t) = d(s,t).
 */
export function connectingNetwork(
  input: Graph | Csr,
  chosen: readonly string[],
): ConnectingNetwork {
  const csr = toCsr(input);
  const terminals = [...new Set(chosen)].map((id) => nodeIndex(csr, id));
  const dists = terminals.map((t) => bfsFrom(csr, t).dist);
  const onPath = new Uint8Array(csr.n);
  const linkKeys = new Set<number>();
  const unconnected: [string, string][] = [];
  terminals.forEach((t) => (onPath[t] = 1));
  for (let a = 0; a < terminals.length; a++) {
    for (let b = a + 1; b < terminals.length; b++) {
      const ds = dists[a]!;
      const dt = dists[b]!;
      const total = ds[terminals[b]!]!;
      if (total < 0) {
        unconnected.push([csr.ids[terminals[a]!]!, csr.ids[terminals[b]!]!]);
        continue;
      }
      for (let v = 0; v < csr.n; v++) {
        if (ds[v]! < 0 || ds[v]! + dt[v]! !== total) continue;
        onPath[v] = 1;
        for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
          const w = csr.targets[p]!;
          if (dt[w]! >= 0 && ds[v]! + 1 + dt[w]! === total)
            linkKeys.add(Math.min(v, w) * csr.n + Math.max(v, w));
        }
      }
    }
  }
  const nodes = csr.ids.filter((_, v) => onPath[v]);
  const links = [...linkKeys]
    .sort((x, y) => x - y)
    .map((key): [string, string] => [csr.ids[Math.floor(key / csr.n)]!, csr.ids[key % csr.n]!]);
  return { nodes, links, unconnected };
}
