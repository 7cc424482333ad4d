import type Graph from 'graphology-types';
import { toCsr, type Csr } from './csr';

export interface CutPointsResult {
  /** Node ids whose removal splits their component (articulation points). */
  cutVertices: string[];
  /** Links whose removal splits their component, as [id, id] pairs (simple graph: merged parallel links count once). */
  bridges: [string, string][];
}

/**
 * Cut vertices and bridges by Tarjan's low-link method, written with an explicit stack rather
 * than recursion so that a long chain of 100,000 people does not overflow the call stack.
 */
export function cutPoints(input: Graph | Csr): CutPointsResult {
  const csr = toCsr(input);
  const { n, offsets, targets, ids } = csr;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [string, string][] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let rootChildren = 0;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    while (top >= 0) {
      const v = stack[top]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack[++top] = w;
          if (v === root) rootChildren += 1;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
        continue;
      }
      // v is finished: hand its low-link to its parent and test the parent-v link.
      top -= 1;
      const u = parent[v]!;
      if (u === -1) continue;
      low[u] = Math.min(low[u]!, low[v]!);
      if (low[v]! > disc[u]!) bridges.push([ids[u]!, ids[v]!]);
      if (u !== root && low[v]! >= disc[u]!) isCut[u] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const cutVertices: string[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) cutVertices.push(ids[v]!);
  return { cutVertices, bridges };
}
