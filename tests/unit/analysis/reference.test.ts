import { beforeAll, describe, expect, it } from 'vitest';
import {
  betweenness,
  buildCsr,
  closeness,
  connectedComponents,
  coreNumber,
  degree,
  degreeCentrality,
  eigenvector,
  louvain,
  modularity,
  pagerank,
  runSuite,
  strength,
  type Csr,
} from '../../../shared/analysis';
import graphologyModularity from 'graphology-metrics/graph/modularity';
import {
  DATASETS,
  loadGraph,
  loadReference,
  requireNetworks,
  type Reference,
} from './referenceNetworks';

function expectClose(
  csr: Csr,
  ref: Reference,
  field: string,
  values: ArrayLike<number>,
  tolerance: number,
) {
  let worst = 0;
  for (const id of ref.node_order)
    worst = Math.max(worst, Math.abs(values[csr.index.get(id)!]! - ref.nodes[id]![field]!));
  expect(worst, `${field}: largest difference from igraph`).toBeLessThanOrEqual(tolerance);
}

describe('igraph reference values on three criminal networks', () => {
  it('has the reference networks beside the checkout', () => {
    expect(() => requireNetworks()).not.toThrow();
  });

  describe.each(DATASETS)('%s', (name) => {
    // Loaded in beforeAll, so that a missing folder fails each test with the folder's name.
    let ref: Reference;
    let csr: Csr;
    beforeAll(() => {
      ref = loadReference(name);
      csr = buildCsr(loadGraph(name), { weight: 'calls' });
    });

    it('has the reference size and components', () => {
      expect(csr.n).toBe(ref.graph.nodes);
      expect(csr.m).toBe(ref.graph.edges);
      const comps = connectedComponents(csr);
      expect(comps.count).toBe(ref.graph.components);
      expect([...comps.sizes].sort((a, b) => b - a)).toEqual(
        [...ref.graph.component_sizes].sort((a, b) => b - a),
      );
    });

    it('matches exact measures within 1e-9', () => {
      const b = betweenness(csr);
      const c = closeness(csr);
      expectClose(csr, ref, 'degree', degree(csr), 0);
      expectClose(csr, ref, 'degree_centrality', degreeCentrality(csr), 1e-12);
      expectClose(csr, ref, 'strength', strength(csr), 1e-9);
      expectClose(csr, ref, 'betweenness', b.raw, 1e-9);
      expectClose(csr, ref, 'betweenness_normalized', b.normalized, 1e-9);
      expectClose(csr, ref, 'closeness', c.closeness, 1e-9);
      expectClose(csr, ref, 'closeness_wf', c.wassermanFaust, 1e-9);
      expectClose(csr, ref, 'core_number', coreNumber(csr), 0);
    });

    it('matches iterative measures within 1e-6', () => {
      expectClose(csr, ref, 'eigenvector_l2', eigenvector(csr).vector, 1e-6);
      expectClose(csr, ref, 'pagerank', pagerank(csr), 1e-6);
    });

    it('finds communities within 0.005 of the best igraph modularity for every seed tried', () => {
      const graph = loadGraph(name);
      for (let seed = 0; seed < 12; seed++) {
        const found = louvain(csr, { seed });
        const q = modularity(csr, found.community);
        expect(q).toBeCloseTo(found.modularity, 12);
        expect(q, `seed ${seed}`).toBeGreaterThanOrEqual(ref.louvain.modularity_best - 0.005);
        // Above igraph's best is possible (the final refinement moves single nodes again);
        // graphology-metrics computes Q for the same partition as an independent check.
        const community = new Map(csr.ids.map((id, i) => [id, found.community[i]!]));
        const independent = graphologyModularity(graph, {
          getNodeCommunity: (node: string) => community.get(node)!,
          getEdgeWeight: null,
        });
        expect(independent).toBeCloseTo(q, 10);
      }
    });

    it('runSuite gives the same figures as the single measures', () => {
      const suite = runSuite(loadGraph(name), { weight: 'calls' });
      expect(suite.components).toBe(ref.graph.components);
      expectClose(csr, ref, 'betweenness', suite.values.betweenness, 1e-9);
      expectClose(csr, ref, 'closeness_wf', suite.values.closeness_wf, 1e-9);
      expectClose(csr, ref, 'strength', suite.values.strength, 1e-9);
      expectClose(csr, ref, 'eigenvector_l2', suite.values.eigenvector_l2, 1e-6);
      expect(suite.modularity).toBeGreaterThanOrEqual(ref.louvain.modularity_best - 0.005);
    });
  });
});
