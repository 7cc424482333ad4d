import { describe, expect, it } from 'vitest';
import { group, link, mapOf, person, sampleId } from '../../../renderer/dev/factories';
import { collapseGroups } from '../../../renderer/workspace/collapse';
import { buildElements } from '../../../renderer/workspace/elements';

const P = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);

function sample() {
  const entities = mapOf([
    group(P(10), 'Alpha'),
    group(P(11), 'Alpha youth', 'usg'),
    person(P(1), 'Boss'),
    person(P(2), 'Runner'),
    person(P(3), 'Runner two'),
    person(P(4), 'Outsider'),
  ]);
  const links = mapOf([
    link(L(1), P(1), P(10), 'member_of'),
    link(L(2), P(11), P(10), 'member_of'),
    link(L(3), P(2), P(11), 'member_of'),
    link(L(4), P(3), P(11), 'member_of'),
    link(L(5), P(1), P(2), 'controls'),
    link(L(6), P(2), P(4), 'associate', { strength: 2 }),
    link(L(7), P(3), P(4), 'associate', { strength: 4 }),
  ]);
  return buildElements({ entities, links }, '2025-06-01');
}

describe('collapseGroups', () => {
  it('returns the same elements when nothing is collapsed', () => {
    const elements = sample();
    expect(collapseGroups(elements, new Set())).toBe(elements);
  });

  it('hides every descendant of a collapsed group and counts them', () => {
    const out = collapseGroups(sample(), new Set([P(10)]));
    expect(out.nodes.map((n) => n.id).sort()).toEqual([P(10), P(4)].sort());
    expect(out.nodes.find((n) => n.id === P(10))?.hiddenCount).toBe(4);
  });

  it('re-draws links from hidden members to the group, bundled per pair of ends', () => {
    const out = collapseGroups(sample(), new Set([P(10)]));
    // The internal "controls" link disappears; the two associate links become one bundle.
    expect(out.edges).toHaveLength(1);
    expect(out.edges[0]).toMatchObject({ source: P(10), target: P(4), bundled: 2, strength: 4 });
    expect(out.edges[0]?.label).toBe('2 links');
  });

  it('collapses an inner group alone, leaving the outer one open', () => {
    const out = collapseGroups(sample(), new Set([P(11)]));
    const ids = out.nodes.map((n) => n.id);
    expect(ids).toContain(P(1));
    expect(ids).not.toContain(P(2));
    expect(out.edges.find((e) => e.kind === 'controls')).toMatchObject({
      source: P(1),
      target: P(11),
    });
  });
});
