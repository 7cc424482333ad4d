import type Graph from 'graphology-types';
import { toCsr, type Csr } from './csr';

export interface ComponentsResult {
  /** Component number of each node; components are numbered by first node in id order. */
  component: Int32Array;
  /** Size of each component, indexed by component number. */
  sizes: number[];
  count: number;
}

/**
 * Connected components by breadth-first search. `removed` (optional) marks nodes to leave out,
 * which key-player analysis uses to ask "what if these people were taken out?"; removed nodes
 * get component -1.
 */
export function connectedComponents(input: Graph | Csr, removed?: Uint8Array): ComponentsResult {
  const csr = toCsr(input);
  const { n, offsets, targets } = csr;
  const component = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (component[s] !== -1 || removed?.[s]) continue;
    const c = sizes.length;
    component[s] = c;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = targets[p]!;
        if (component[w] === -1 && !removed?.[w]) {
          component[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { component, sizes, count: sizes.length };
}
