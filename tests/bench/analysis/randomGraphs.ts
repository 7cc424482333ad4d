import Graph from 'graphology';
import { seededRng } from '../../../shared/analysis';

/** An edge list over nodes "0".."n-1": what the generators return, cheap to write or to build from. */
export interface EdgeList {
  n: number;
  sources: Int32Array;
  targets: Int32Array;
}

/**
 * Barabási–Albert preferential attachment: start from a clique of m + 1 nodes, then each new node
 * links to m distinct existing nodes chosen with probability proportional to degree.
 * n nodes, m(m+1)/2 + m(n - m - 1) edges (≈ 3n for m = 3).
 */
export function barabasiAlbert(n: number, m: number, seed: number): EdgeList {
  const rng = seededRng(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  const ends: number[] = []; // every edge endpoint once: sampling from it is degree-proportional
  for (let a = 0; a <= m; a++) {
    for (let b = a + 1; b <= m; b++) {
      sources.push(a);
      targets.push(b);
      ends.push(a, b);
    }
  }
  for (let v = m + 1; v < n; v++) {
    const chosen = new Set<number>();
    while (chosen.size < m) chosen.add(ends[Math.floor(rng() * ends.length)]!);
    for (const u of chosen) {
      sources.push(v);
      targets.push(u);
      ends.push(v, u);
    }
  }
  return { n, sources: Int32Array.from(sources), targets: Int32Array.from(targets) };
}

/** Erdős–Rényi G(n, p), seeded; low p leaves isolates and several components. */
export function erdosRenyi(n: number, p: number, seed: number): EdgeList {
  const rng = seededRng(seed);
  const sources: number[] = [];
  const targets: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (rng() < p) {
        sources.push(a);
        targets.push(b);
      }
    }
  }
  return { n, sources: Int32Array.from(sources), targets: Int32Array.from(targets) };
}

/** Adds `extra` isolated nodes at the end. */
export function withIsolates(list: EdgeList, extra: number): EdgeList {
  return { ...list, n: list.n + extra };
}

export function toGraph(list: EdgeList): Graph {
  const graph = new Graph({ type: 'undirected' });
  for (let v = 0; v < list.n; v++) graph.addNode(String(v));
  for (let e = 0; e < list.sources.length; e++)
    graph.addEdge(String(list.sources[e]), String(list.targets[e]));
  return graph;
}

export function toCsvText(list: EdgeList): string {
  const lines = ['source,target'];
  for (let e = 0; e < list.sources.length; e++) lines.push(`${list.sources[e]},${list.targets[e]}`);
  return lines.join('\n') + '\n';
}
