import type Graph from 'graphology-types';
import { bfsFrom } from './bfs';
import { nodeIndex, toCsr, type Csr } from './csr';

export interface EgoNetwork {
  /** Everyone within `hops` of the subject, with their distance (the subject at 0). */
  nodes: { id: string; hops: number }[];
  /** Every link between two of those people. */
  links: [string, string][];
}

/** The k-hop neighbourhood of one entity: who is within k steps, and how they are linked. */
export function egoNetwork(input: Graph | Csr, id: string, hops: number): EgoNetwork {
  if (!(hops >= 0)) throw new Error('analysis: the number of hops must be zero or more.');
  const csr = toCsr(input);
  const { dist, order } = bfsFrom(csr, nodeIndex(csr, id), { maxHops: hops });
  const nodes = Array.from(order, (v) => ({ id: csr.ids[v]!, hops: dist[v]! }));
  const links: [string, string][] = [];
  for (const v of order) {
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const w = csr.targets[p]!;
      if (w > v && dist[w]! >= 0) links.push([csr.ids[v]!, csr.ids[w]!]);
    }
  }
  return { nodes, links };
}
