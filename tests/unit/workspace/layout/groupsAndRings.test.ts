import { describe, expect, it } from 'vitest';
import { group, link, mapOf, person, sampleId } from '../../../../renderer/dev/factories';
import { buildElements } from '../../../../renderer/workspace/elements';
import { concentricValue, layoutKeepsGroups } from '../../../../renderer/workspace/canvas/layouts';

const P = (n: number) => sampleId('ent', n);

describe('buildElements without compound groups (grid, concentric, hierarchy)', () => {
  const source = {
    entities: mapOf([group(P(10), 'Alpha'), person(P(1), 'Ann'), person(P(2), 'Bo')]),
    links: mapOf([link(sampleId('lnk', 1), P(1), P(10), 'member_of')]),
  };

  it('takes every member out of its group box and keeps the group as a node', () => {
    expect(buildElements(source, '2025-06-01').nodes.find((n) => n.id === P(1))?.parent).toBe(
      P(10),
    );
    const flat = buildElements(source, '2025-06-01', { compound: false });
    expect(flat.nodes.every((n) => n.parent === undefined)).toBe(true);
    expect(flat.nodes.map((n) => n.id).sort()).toEqual([P(1), P(2), P(10)].sort());
  });

  it('draws the membership as its own line once the box is gone', () => {
    expect(buildElements(source, '2025-06-01').edges).toEqual([]);
    const flat = buildElements(source, '2025-06-01', { compound: false });
    expect(flat.edges.map((e) => [e.id, e.source, e.target, e.kind])).toEqual([
      [sampleId('lnk', 1), P(1), P(10), 'member_of'],
    ]);
  });

  it('only the force layout keeps groups', () => {
    expect(layoutKeepsGroups('force')).toBe(true);
    expect(['grid', 'concentric', 'hierarchy'].map((n) => layoutKeepsGroups(n as 'grid'))).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('concentricValue', () => {
  it('is the degree when no measure is given', () => {
    expect(concentricValue('a', 7, undefined)).toBe(7);
  });
  it('is the measure when given, and puts nodes without a value outermost', () => {
    const measure = new Map([['a', 0.42]]);
    expect(concentricValue('a', 7, measure)).toBe(0.42);
    expect(concentricValue('b', 7, measure)).toBe(-Infinity);
    expect(concentricValue('c', 7, new Map([['c', Number.NaN]]))).toBe(-Infinity);
  });
});
