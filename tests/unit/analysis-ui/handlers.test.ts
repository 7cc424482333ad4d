import { describe, expect, it } from 'vitest';
import { buildCompactGraph, type LinkWeighting } from '../../../renderer/analysis/compactGraph';
import { decodeResult } from '../../../renderer/analysis/decode';
import { csrFromMessage, runQuery } from '../../../renderer/analysis/handlers';
import type { AnalysisQuery } from '../../../renderer/analysis/protocol';
import type { LoadedWorkspace } from '../../../renderer/store/api';
import { id, pathWorkspace } from './fixture';

/** What the worker would do with this workspace and question, decoded as the client would. */
function ask(loaded: LoadedWorkspace, query: AnalysisQuery, weighting: LinkWeighting = 'none') {
  const graph = buildCompactGraph(loaded, weighting);
  const csr = csrFromMessage({ type: 'graph', key: `k/${weighting}`, ...graph });
  const progress: number[] = [];
  const wire = runQuery(csr, query, (f) => progress.push(f));
  return { result: decodeResult(graph, wire), progress };
}

const ws = pathWorkspace();

describe('worker queries on the path 1-2-3-4-5 with a house (6) off 3', () => {
  it('betweenness by hand: 3 separates 8 pairs, 2 and 4 four each; progress reaches 1', () => {
    const { result, progress } = ask(ws, { kind: 'measure', measure: 'betweenness' });
    if (result.kind !== 'measure') throw new Error(result.kind);
    const byId = new Map(result.ids.map((v, i) => [v, result.values[i]]));
    expect([1, 2, 3, 4, 5, 6].map((n) => byId.get(id(n)))).toEqual([0, 4, 8, 4, 0, 0]);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('strength sums the recorded strengths (3 each) only when weighted', () => {
    const { result } = ask(ws, { kind: 'measure', measure: 'strength' }, 'strength');
    if (result.kind !== 'measure') throw new Error(result.kind);
    expect(result.values[result.ids.indexOf(id(3))]).toBe(9);
  });

  it('communities carry their modularity', () => {
    const { result } = ask(ws, { kind: 'measure', measure: 'community' });
    if (result.kind !== 'measure') throw new Error(result.kind);
    expect(result.communities).toBeGreaterThan(1);
    expect(result.modularity).toBeGreaterThan(0);
  });

  it('a shortest path comes back as entity ids and the link ids along it', () => {
    const { result } = ask(ws, { kind: 'shortestPath', from: id(1), to: id(6) });
    expect(result).toMatchObject({ kind: 'path', nodes: [id(1), id(2), id(3), id(6)] });
    if (result.kind !== 'path') throw new Error(result.kind);
    expect(result.links.map((l) => ws.links.get(l)!.target)).toEqual([id(2), id(3), id(6)]);
  });

  it('the strongest path reports the product of confidences (0.6 × 0.5 per ungraded link)', () => {
    const { result } = ask(ws, { kind: 'strongestPath', from: id(1), to: id(3) }, 'confidence');
    if (result.kind !== 'path') throw new Error(result.kind);
    expect(result.nodes).toEqual([id(1), id(2), id(3)]);
    expect(result.confidence).toBeCloseTo(0.3 * 0.3, 12);
  });

  it('the connecting network of 1 and 5 is the chain between them', () => {
    const { result } = ask(ws, { kind: 'connecting', ids: [id(5), id(1)] });
    if (result.kind !== 'connecting') throw new Error(result.kind);
    expect(result.nodes).toEqual([1, 2, 3, 4, 5].map(id));
    expect(result.links).toHaveLength(4);
  });

  it('the key player is 3; F after = 1 - 4/20 over the five left', () => {
    const { result } = ask(ws, { kind: 'keyPlayers', k: 1, timeBudgetMs: 1000 });
    if (result.kind !== 'disruption') throw new Error(result.kind);
    expect(result.removed).toEqual([id(3)]);
    expect(result.before.fragmentation).toBe(0);
    expect(result.after.fragmentation).toBeCloseTo(0.8, 12);
    expect(result.after.componentSizes).toEqual([2, 2, 1]);
  });

  it('what-if removes exactly the chosen set and ignores unknown ids', () => {
    const { result } = ask(ws, { kind: 'whatIf', ids: [id(2), 'ent_gone'] });
    if (result.kind !== 'disruption') throw new Error(result.kind);
    expect(result.removed).toEqual([id(2)]);
    expect(result.after.components).toBe(2);
  });

  it('exposure: person 1 is four steps from suspect 5, with 2, 3 and 4 between', () => {
    const query: AnalysisQuery = {
      kind: 'exposure',
      flagged: [id(1)],
      suspects: [id(5), id(6)],
      named: [],
      top: 1,
    };
    const { result } = ask(ws, query);
    if (result.kind !== 'exposure') throw new Error(result.kind);
    expect(result.controllers).toEqual([id(5)]);
    const row = result.rows[0]!;
    expect(row.nearestHops).toBe(4);
    expect(row.controllers[0]!.between.map((b) => [b.id, b.share])).toEqual([
      [id(2), 1],
      [id(3), 1],
      [id(4), 1],
    ]);
  });
});

describe('betweenness on a large map', () => {
  it('is estimated from sampled sources, with the bound the panel states', async () => {
    const { csrFromEdgeArrays } = await import('../../../shared/analysis');
    const { SAMPLED_BETWEENNESS_ABOVE } = await import('../../../renderer/analysis/handlers');
    const n = SAMPLED_BETWEENNESS_ABOVE + 1;
    const ids = Array.from({ length: n }, (_, i) => `n${i}`);
    const from = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const to = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    const csr = csrFromEdgeArrays(ids, from, to, null);
    const wire = runQuery(csr, { kind: 'measure', measure: 'betweenness_normalized' }, () => {});
    if (wire.kind !== 'measure') throw new Error(wire.kind);
    expect(wire.estimate?.nodes).toBe(n);
    expect(wire.estimate!.pivots).toBeGreaterThan(100);
    // On a path the middle entity lies between about half of all pairs.
    const middle = wire.values[(n - 1) / 2]!;
    expect(Math.abs(middle - 0.5)).toBeLessThan(wire.estimate!.boundPerEntity);
    // A bound an all-zero estimate would also meet would prove nothing.
    expect(wire.estimate!.boundPerEntity).toBeLessThan(0.5);
  }, 30_000);
});
