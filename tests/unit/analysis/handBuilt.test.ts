import { describe, expect, it } from 'vitest';
import {
  betweenness,
  buildCsr,
  closeness,
  connectedComponents,
  coreNumber,
  cutPoints,
  degree,
  eigenvector,
  pagerank,
  strength,
} from '../../../shared/analysis';
import { graphFrom, path5, star5, twoTriangles } from './graphs';

const byId = (csr: { ids: readonly string[] }, values: ArrayLike<number>) =>
  Object.fromEntries(csr.ids.map((id, i) => [id, values[i]!]));

describe('path a-b-c-d-e', () => {
  const csr = buildCsr(path5());
  it('betweenness counts each pair once: b lies between a and c, d, e', () => {
    expect(byId(csr, betweenness(csr).raw)).toEqual({ a: 0, b: 3, c: 4, d: 3, e: 0 });
    // normalised by (n-1)(n-2)/2 = 6 pairs not involving the node
    expect(betweenness(csr).normalized[csr.index.get('c')!]).toBeCloseTo(4 / 6, 15);
  });
  it('closeness of the end is 4 / (1+2+3+4)', () => {
    expect(closeness(csr).closeness[csr.index.get('a')!]).toBeCloseTo(0.4, 15);
    expect(closeness(csr).closeness[csr.index.get('c')!]).toBeCloseTo(4 / 6, 15);
  });
  it('every inner node is a cut vertex and every link a bridge', () => {
    const cuts = cutPoints(csr);
    expect(cuts.cutVertices).toEqual(['b', 'c', 'd']);
    expect(cuts.bridges).toHaveLength(4);
  });
  it('is its own 1-core', () => expect([...coreNumber(csr)]).toEqual([1, 1, 1, 1, 1]));
});

describe('star', () => {
  const csr = buildCsr(star5());
  it('the hub lies on every path between two leaves: C(4,2) = 6 pairs', () => {
    expect(byId(csr, betweenness(csr).raw)).toEqual({ hub: 6, l1: 0, l2: 0, l3: 0, l4: 0 });
    expect(betweenness(csr).normalized[0]).toBe(1);
  });
  it('eigenvector: hub = 1/√2, each leaf = 1/(2√2) (λ = 2)', () => {
    const e = eigenvector(csr);
    expect(e.eigenvalue).toBeCloseTo(2, 10);
    expect(e.vector[0]).toBeCloseTo(Math.SQRT1_2, 10);
    expect(e.vector[1]).toBeCloseTo(1 / (2 * Math.SQRT2), 10);
  });
});

describe('two triangles joined by a bridge', () => {
  const csr = buildCsr(twoTriangles());
  it('finds the two cut vertices and the one bridge', () => {
    expect(cutPoints(csr)).toEqual({ cutVertices: ['c', 'x'], bridges: [['c', 'x']] });
  });
  it('c and x each lie on every route from their side across: 2 × 3 = 6 pairs', () => {
    expect(byId(csr, betweenness(csr).raw)).toMatchObject({ a: 0, c: 6, x: 6, z: 0 });
  });
  it('core numbers are 2 everywhere', () =>
    expect([...coreNumber(csr)]).toEqual([2, 2, 2, 2, 2, 2]));
});

describe('disconnected graph with isolates', () => {
  const graph = graphFrom(
    [
      ['a', 'b'],
      ['b', 'c'],
      ['x', 'y'],
    ],
    ['lonely1', 'lonely2'],
  );
  const csr = buildCsr(graph);
  it('counts components including isolates', () => {
    const comps = connectedComponents(csr);
    expect(comps.count).toBe(4);
    expect(comps.sizes).toEqual([3, 2, 1, 1]);
  });
  it('isolates have closeness 0; Wasserman-Faust scales by the reachable share', () => {
    const c = closeness(csr);
    expect(c.closeness[csr.index.get('lonely1')!]).toBe(0);
    expect(c.closeness[csr.index.get('x')!]).toBe(1);
    expect(c.wassermanFaust[csr.index.get('x')!]).toBeCloseTo(1 / 6, 15);
  });
  it('eigenvector is 0 outside the dominant component and unit length inside', () => {
    const e = eigenvector(csr).vector;
    expect(e[csr.index.get('x')!]).toBe(0);
    expect(e[csr.index.get('lonely1')!]).toBe(0);
    expect(Math.hypot(...e)).toBeCloseTo(1, 12);
  });
  it('PageRank sums to 1 and isolates spread their score evenly', () => {
    const p = pagerank(csr);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(p[csr.index.get('lonely1')!]).toBeGreaterThan(0);
  });
});

describe('self-loops and parallel links', () => {
  const graph = graphFrom(
    [
      ['a', 'b', 2],
      ['b', 'a', 3],
      ['a', 'a', 7],
      ['b', 'c', 1],
    ],
    [],
    true,
  );
  it('ignores self-loops and merges parallel links (weights add up for strength)', () => {
    const csr = buildCsr(graph, { weight: 'strength' });
    expect(csr.m).toBe(2);
    expect(byId(csr, degree(csr))).toEqual({ a: 1, b: 2, c: 1 });
    expect(byId(csr, strength(csr))).toEqual({ a: 5, b: 6, c: 1 });
  });
  it("can keep the strongest parallel link instead ('max')", () => {
    const csr = buildCsr(graph, { weight: 'strength', mergeWeights: 'max' });
    expect(byId(csr, strength(csr))).toEqual({ a: 3, b: 4, c: 1 });
  });
  it('never reads a weight nobody asked for', () => {
    const weighted = graphFrom([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    weighted.setEdgeAttribute(weighted.edges()[0]!, 'weight', 50);
    expect(buildCsr(weighted).weights).toBeNull();
    expect([...strength(buildCsr(weighted))]).toEqual([1, 2, 1]);
  });
  it('rejects a weight that is not a number', () => {
    const bad = graphFrom([['a', 'b']]);
    bad.setEdgeAttribute(bad.edges()[0]!, 'strength', 'high');
    expect(() => buildCsr(bad, { weight: 'strength' })).toThrow(/weight high/);
  });
});
