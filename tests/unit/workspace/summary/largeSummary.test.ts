import { describe, expect, it } from 'vitest';
import { buildCompactGraph } from '../../../../renderer/analysis/compactGraph';
import { csrFromMessage, runQuery } from '../../../../renderer/analysis/handlers';
import { queryKey } from '../../../../renderer/analysis/requests';
import { syntheticLoaded } from '../../../../renderer/dev/syntheticLoaded';
import { buildElements } from '../../../../renderer/workspace/elements';
import { summaryModel } from '../../../../renderer/workspace/summary/combos';
import { summarise } from '../../../../renderer/workspace/summary/summarise';

describe('the summary of a 2,000-entity map', () => {
  const { loaded } = syntheticLoaded(2000);
  const graph = buildCompactGraph(loaded);
  const csr = csrFromMessage({ type: 'graph', key: 'k', ...graph });
  const query = { kind: 'measure', measure: 'community', runs: 1 } as const;

  it('asks the worker for one Louvain run, cached apart from the full measure', () => {
    const result = runQuery(csr, query, () => {});
    expect(result.kind === 'measure' && result.communities).toBeGreaterThan(5);
    expect(queryKey(query)).not.toBe(queryKey({ kind: 'measure', measure: 'community' }));
  });

  it('draws tens of combos, one line per pair of them, and names only the heaviest lines', () => {
    const result = runQuery(csr, query, () => {});
    if (result.kind !== 'measure') throw new Error('expected a measure');
    const communities = new Map(graph.ids.map((id, i) => [id, result.values[i] ?? 0]));
    const derived = buildElements(loaded, '2026-11-01');
    const drawn = summarise(summaryModel(derived, communities), new Set());
    expect(drawn.nodes.length).toBeGreaterThan(5);
    expect(drawn.nodes.length).toBeLessThan(80);
    expect(drawn.nodes.reduce((sum, n) => sum + (n.hiddenCount ?? 0), 0)).toBe(2000);
    const pairs = drawn.edges.map((e) => [e.source, e.target].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    // Combined links are counted; a link between two lone entities keeps its own label.
    const combined = drawn.edges.filter((e) => e.bundled !== undefined);
    const labelled = combined.filter((e) => e.label !== '');
    expect(labelled.length).toBe(40);
    const lightestLabelled = Math.min(...labelled.map((e) => e.bundled ?? 0));
    const heaviestBare = Math.max(
      ...combined.filter((e) => e.label === '').map((e) => e.bundled ?? 0),
    );
    expect(lightestLabelled).toBeGreaterThanOrEqual(heaviestBare);
  });
});
