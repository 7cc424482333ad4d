import { describe, expect, it } from 'vitest';
import { buildDemoWorkspace } from '../../../shared/demo';
import { toGraph } from '../../../shared/graph';
import { entityId, grade, link, linkId, person, phone } from './fixtures';

describe('toGraph', () => {
  const entities = [person(1, 'Ann Able'), person(2, 'Ben Baker'), phone(3, '+447700900001')];

  it('keeps parallel links of different kinds as separate edges, keyed by link id', () => {
    const graph = toGraph(entities, [
      link(1, 1, 2, 'associate'),
      link(2, 1, 2, 'family'),
      link(3, 1, 3, 'uses_phone'),
    ]);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(3);
    expect(graph.edges(entityId(1), entityId(2)).sort()).toEqual([linkId(1), linkId(2)]);
    expect(graph.getNodeAttributes(entityId(3))).toEqual({
      kind: 'phone',
      label: '+447700900001',
      classification: 'OFFICIAL',
    });
  });

  it('makes directed kinds directed edges and the others undirected', () => {
    const graph = toGraph(entities, [link(1, 1, 2, 'associate'), link(2, 1, 3, 'uses_phone')]);
    expect(graph.isUndirected(linkId(1))).toBe(true);
    expect(graph.isDirected(linkId(2))).toBe(true);
    expect(graph.source(linkId(2))).toBe(entityId(1));
  });

  it('carries kind, strength, weakness and dates on edges, and no `weight`', () => {
    const weak = link(1, 1, 2, 'associate', {
      strength: 2,
      grade: grade('3', 'B'),
      firstSeen: '2025-01-01',
      lastSeen: '2025-03-01',
    });
    const strong = link(2, 1, 2, 'co_offends', { grade: grade('1', 'A') });
    const graph = toGraph(entities, [weak, strong]);
    expect(graph.getEdgeAttributes(linkId(1))).toMatchObject({
      kind: 'associate',
      strength: 2,
      weak: true,
      firstSeen: '2025-01-01',
      lastSeen: '2025-03-01',
    });
    expect(graph.getEdgeAttribute(linkId(2), 'weak')).toBe(false);
    graph.forEachEdge((_edge, attributes) => expect(attributes).not.toHaveProperty('weight'));
  });

  it('lists the links it cannot place instead of failing or losing them silently', () => {
    const graph = toGraph(entities, [link(1, 1, 2), link(2, 1, 99), link(1, 2, 3), link(3, 2, 2)]);
    expect(graph.size).toBe(1);
    expect(graph.getAttribute('skippedLinks')).toEqual([linkId(2), linkId(1), linkId(3)]);
  });

  it('places every link of the demo', () => {
    const demo = buildDemoWorkspace();
    const graph = toGraph(demo.entities, demo.links);
    expect(graph.order).toBe(demo.entities.length);
    expect(graph.size).toBe(demo.links.length);
    expect(graph.getAttribute('skippedLinks')).toEqual([]);
  });
});
