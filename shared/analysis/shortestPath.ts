import type Graph from 'graphology-types';
import { bfsFrom, tracePath } from './bfs';
import { nodeIndex, toCsr, type Csr } from './csr';

/** Fewest-hops path between two entities as a list of ids (both ends included), or null if none. */
export function shortestPath(input: Graph | Csr, from: string, to: string): string[] | null {
  const csr = toCsr(input);
  const target = nodeIndex(csr, to);
  const { dist } = bfsFrom(csr, nodeIndex(csr, from));
  if (dist[target]! < 0) return null;
  return tracePath(csr, dist, target).map((i) => csr.ids[i]!);
}
