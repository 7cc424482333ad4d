import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { degreeCentrality as gDegreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import graphModularity from 'graphology-metrics/graph/modularity';
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  buildCsr,
  closeness,
  degreeCentrality,
  louvain,
  modularity,
  pagerank,
} from '../../../shared/analysis';
import {
  barabasiAlbert,
  erdosRenyi,
  toGraph,
  withIsolates,
  type EdgeList,
} from '../../bench/analysis/randomGraphs';

/** graphology-metrics is an independent implementation: agreement on random graphs is evidence, not an echo. */
const cases: [string, EdgeList][] = [
  ['Erdős–Rényi sparse, several components', withIsolates(erdosRenyi(80, 0.02, 1), 3)],
  ['Erdős–Rényi dense', erdosRenyi(60, 0.15, 2)],
  ['Barabási–Albert m=2 with isolates', withIsolates(barabasiAlbert(150, 2, 3), 5)],
  ['Barabási–Albert m=3', barabasiAlbert(300, 3, 4)],
];

function maxDiff(
  ids: readonly string[],
  ours: ArrayLike<number>,
  theirs: Record<string, number>,
): number {
  return ids.reduce((worst, id, i) => Math.max(worst, Math.abs(ours[i]! - theirs[id]!)), 0);
}

describe.each(cases)('%s against graphology-metrics', (_name, list) => {
  const graph = toGraph(list);
  const csr = buildCsr(graph);

  it('betweenness (unweighted, raw and normalised)', () => {
    const ours = betweenness(csr);
    expect(
      maxDiff(csr.ids, ours.normalized, betweennessCentrality(graph, { getEdgeWeight: null })),
    ).toBeLessThan(1e-9);
    const rawTheirs = betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
    expect(maxDiff(csr.ids, ours.raw, rawTheirs)).toBeLessThan(1e-9);
  });

  it('closeness, with and without Wasserman-Faust', () => {
    const ours = closeness(csr);
    expect(maxDiff(csr.ids, ours.closeness, closenessCentrality(graph))).toBeLessThan(1e-9);
    expect(
      maxDiff(csr.ids, ours.wassermanFaust, closenessCentrality(graph, { wassermanFaust: true })),
    ).toBeLessThan(1e-9);
  });

  it('degree centrality', () => {
    expect(maxDiff(csr.ids, degreeCentrality(csr), gDegreeCentrality(graph))).toBeLessThan(1e-12);
  });

  it('PageRank agrees when both iterate to a tight tolerance', () => {
    const theirs = pagerankCentrality(graph, {
      getEdgeWeight: null,
      tolerance: 1e-13,
      maxIterations: 10_000,
    });
    expect(maxDiff(csr.ids, pagerank(csr), theirs)).toBeLessThan(1e-9);
  });

  it('our modularity equals graphology-metrics modularity for our partition', () => {
    const found = louvain(csr, { runs: 3 });
    const communities = Object.fromEntries(csr.ids.map((id, i) => [id, found.community[i]!]));
    const theirs = graphModularity(graph, {
      getNodeCommunity: (n) => communities[n]!,
      getEdgeWeight: null,
    });
    expect(modularity(csr, found.community)).toBeCloseTo(theirs, 10);
  });
});
