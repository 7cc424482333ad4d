import type { Csr } from '../analysis/csr';
import { csrFromEdgeArrays } from '../analysis/csr';
import type { GeoGraph } from './types';

/**
 * The chart's topology as analysis sees it (undirected, simple: self-loops dropped, parallel
 * links merged), so a person linked twice to a flat does not count it twice. Links to nodes not
 * on the chart are skipped.
 */
export function chartCsr(graph: GeoGraph): Csr {
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const src = new Int32Array(graph.edges.length);
  const dst = new Int32Array(graph.edges.length);
  let count = 0;
  for (const { source, target } of graph.edges) {
    const a = index.get(source);
    const b = index.get(target);
    if (a === undefined || b === undefined) continue;
    src[count] = a;
    dst[count] = b;
    count += 1;
  }
  return csrFromEdgeArrays(ids, src.subarray(0, count), dst.subarray(0, count), null);
}

/** Hops from the nearest located node (a breadth-first search from all of them), -1 if none. */
export function hopsFromLocated(csr: Csr, located: readonly number[]): Int32Array {
  const hops = new Int32Array(csr.n).fill(-1);
  const queue = new Int32Array(csr.n);
  let tail = 0;
  for (const i of located) {
    hops[i] = 0;
    queue[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
      const v = csr.targets[p]!;
      if (hops[v] !== -1) continue;
      hops[v] = hops[u]! + 1;
      queue[tail++] = v;
    }
  }
  return hops;
}
