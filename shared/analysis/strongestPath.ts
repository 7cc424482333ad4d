import type Graph from 'graphology-types';
import { buildCsr, isCsr, nodeIndex, type Csr, type EdgeWeightSource } from './csr';

/**
 * How a link's weight becomes a cost to travel along it:
 * - 'inverse': cost = 1 / weight, for strengths or counts (a link twice as strong costs half as much);
 * - 'negativeLog': cost = -ln(weight), for confidences in (0, 1]: the path found is then the one
 *   whose confidences multiply to the highest value (the most believable chain).
 * A link of weight 0 cannot be used.
 */
export type StrengthCost = 'inverse' | 'negativeLog';

export interface StrongestPathResult {
  path: string[];
  /** Total cost; for 'negativeLog', exp(-cost) is the product of confidences along the path. */
  cost: number;
}

export function strongestPath(
  input: Graph | Csr,
  from: string,
  to: string,
  options: { weight?: EdgeWeightSource; cost?: StrengthCost } = {},
): StrongestPathResult | null {
  const csr = isCsr(input)
    ? input
    : buildCsr(input, { weight: options.weight, mergeWeights: 'max' });
  if (!csr.weights)
    throw new Error('analysis: the strongest path needs link weights; name the weight attribute.');
  const cost = linkCost(options.cost ?? 'inverse');
  const source = nodeIndex(csr, from);
  const target = nodeIndex(csr, to);
  const dist = new Float64Array(csr.n).fill(Infinity);
  const prev = new Int32Array(csr.n).fill(-1);
  const heap = new MinHeap();
  dist[source] = 0;
  heap.push(source, 0);
  while (heap.size > 0) {
    const [v, d] = heap.pop();
    if (d > dist[v]!) continue;
    if (v === target) break;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      const c = cost(csr.weights[p]!);
      const w = csr.targets[p]!;
      if (d + c < dist[w]!) {
        dist[w] = d + c;
        prev[w] = v;
        heap.push(w, d + c);
      }
    }
  }
  if (dist[target] === Infinity) return null;
  const path: string[] = [];
  for (let v = target; v !== -1; v = prev[v]!) path.push(csr.ids[v]!);
  return { path: path.reverse(), cost: dist[target]! };
}

function linkCost(kind: StrengthCost): (w: number) => number {
  if (kind === 'inverse') return (w) => (w > 0 ? 1 / w : Infinity);
  return (w) => {
    if (w > 1)
      throw new Error(
        `analysis: a confidence of ${w} is above 1; use cost 'inverse' for strengths.`,
      );
    return w > 0 ? -Math.log(w) : Infinity;
  };
}

/** Binary min-heap of (node, priority) with lazy deletion. */
class MinHeap {
  private nodes: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.nodes.length;
  }
  push(node: number, key: number): void {
    let i = this.nodes.length;
    this.nodes.push(node);
    this.keys.push(key);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.keys[up]! <= key) break;
      this.swap(i, up);
      i = up;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.nodes[0]!, this.keys[0]!];
    const lastNode = this.nodes.pop()!;
    const lastKey = this.keys.pop()!;
    if (this.nodes.length > 0) {
      this.nodes[0] = lastNode;
      this.keys[0] = lastKey;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.keys[l]! < this.keys[m]!) m = l;
        if (r < this.keys.length && this.keys[r]! < this.keys[m]!) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number): void {
    [this.nodes[a], this.nodes[b]] = [this.nodes[b]!, this.nodes[a]!];
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
  }
}
