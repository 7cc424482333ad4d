import { describe, expect, it } from 'vitest';
import {
  buildCsr,
  connectedComponents,
  csrFromEdgeArrays,
  cutPoints,
} from '../../../shared/analysis';
import { barabasiAlbert, erdosRenyi, toGraph } from '../../bench/analysis/randomGraphs';

describe('cut vertices and bridges', () => {
  it('survive a 100,000-node chain without recursion', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => String(i));
    const src = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const dst = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const found = cutPoints(csrFromEdgeArrays(ids, src, dst, null));
    expect(found.cutVertices).toHaveLength(n - 2);
    expect(found.bridges).toHaveLength(n - 1);
  });

  it.each([
    ['sparse Erdős–Rényi', erdosRenyi(70, 0.03, 11)],
    ['tree-like Barabási–Albert m=1', barabasiAlbert(60, 1, 12)],
    ['Barabási–Albert m=2', barabasiAlbert(60, 2, 13)],
  ])('agree with brute force (remove and recount) on %s', (_name, list) => {
    const csr = buildCsr(toGraph(list));
    const base = connectedComponents(csr).count;
    const expectedCuts = csr.ids.filter((_, v) => {
      const removed = new Uint8Array(csr.n);
      removed[v] = 1;
      // Removing v always removes v's own component if v was isolated; count what is left.
      const isolated = csr.offsets[v + 1] === csr.offsets[v];
      return connectedComponents(csr, removed).count > base - (isolated ? 1 : 0);
    });
    const found = cutPoints(csr);
    expect([...found.cutVertices].sort()).toEqual([...expectedCuts].sort());
    const graph = toGraph(list);
    const expectedBridges = graph.edges().filter((e) => {
      const copy = graph.copy();
      copy.dropEdge(e);
      return connectedComponents(buildCsr(copy)).count > base;
    });
    expect(found.bridges).toHaveLength(expectedBridges.length);
  });
});
