import { describe, expect, it } from 'vitest';
import {
  connectingNetwork,
  egoNetwork,
  shortestPath,
  strongestPath,
} from '../../../shared/analysis';
import { graphFrom, path5, twoTriangles } from './graphs';

describe('shortest path', () => {
  it('follows the fewest hops', () => {
    expect(shortestPath(twoTriangles(), 'a', 'z')).toEqual(['a', 'c', 'x', 'z']);
  });
  it('returns null between unconnected people and names an unknown id', () => {
    const g = graphFrom([['a', 'b']], ['c']);
    expect(shortestPath(g, 'a', 'c')).toBeNull();
    expect(() => shortestPath(g, 'a', 'nobody')).toThrow(/"nobody" is not in the network/);
  });
});

describe('strongest path', () => {
  // a-b-d is short but weak; a-c-e-d is longer but every link is strong.
  const g = graphFrom([
    ['a', 'b', 1],
    ['b', 'd', 1],
    ['a', 'c', 10],
    ['c', 'e', 10],
    ['e', 'd', 10],
  ]);
  it('with cost 1/weight prefers three strong links (0.3) to two weak ones (2)', () => {
    expect(strongestPath(g, 'a', 'd', { weight: 'strength' })).toEqual({
      path: ['a', 'c', 'e', 'd'],
      cost: expect.closeTo(0.3, 12),
    });
  });
  it('with confidences and -log cost maximises the product of confidences', () => {
    const c = graphFrom([
      ['a', 'b', 0.9],
      ['b', 'd', 0.9],
      ['a', 'd', 0.5],
    ]);
    const found = strongestPath(c, 'a', 'd', { weight: 'strength', cost: 'negativeLog' })!;
    expect(found.path).toEqual(['a', 'b', 'd']);
    expect(Math.exp(-found.cost)).toBeCloseTo(0.81, 12);
    const over = graphFrom([['a', 'b', 3]]);
    expect(() =>
      strongestPath(over, 'a', 'b', { weight: 'strength', cost: 'negativeLog' }),
    ).toThrow(/above 1/);
  });
  it('refuses to run without weights', () => {
    expect(() => strongestPath(path5(), 'a', 'e')).toThrow(/needs link weights/);
  });
});

describe('k-hop ego network', () => {
  it('keeps everyone within k hops and the links among them', () => {
    const ego = egoNetwork(path5(), 'c', 1);
    expect(ego.nodes).toEqual([
      { id: 'c', hops: 0 },
      { id: 'b', hops: 1 },
      { id: 'd', hops: 1 },
    ]);
    expect(ego.links).toEqual([
      ['c', 'd'],
      ['b', 'c'],
    ]);
    expect(egoNetwork(path5(), 'a', 2).nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('connecting network', () => {
  it('is the union of every shortest path between each pair of chosen people', () => {
    // square a-b-d, a-c-d: both two-hop routes count; the tail d-e is not on any.
    const g = graphFrom([
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ]);
    const net = connectingNetwork(g, ['a', 'd']);
    expect(net.nodes.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(net.links).toHaveLength(4);
    expect(connectingNetwork(g, ['a', 'd', 'f']).nodes.sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });
  it('reports pairs with no route', () => {
    const g = graphFrom([['a', 'b']], ['c']);
    expect(connectingNetwork(g, ['a', 'c']).unconnected).toEqual([['a', 'c']]);
  });
});
