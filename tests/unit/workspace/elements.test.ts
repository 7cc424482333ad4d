import { describe, expect, it } from 'vitest';
import { group, link, mapOf, person, phone, sampleId } from '../../../renderer/dev/factories';
import { buildElements } from '../../../renderer/workspace/elements';

const P = (n: number) => sampleId('ent', n);
const L = (n: number) => sampleId('lnk', n);
const TODAY = '2025-06-01';

describe('buildElements', () => {
  it('puts a member inside its earliest group and keeps its other memberships as edges', () => {
    const entities = mapOf([
      person(P(1), 'Ann Bell'),
      group(P(10), 'Alpha OCG'),
      group(P(11), 'Beta', 'usg'),
    ]);
    const links = mapOf([
      link(L(1), P(1), P(10), 'member_of'),
      link(L(2), P(1), P(11), 'member_of'),
    ]);
    const { nodes, edges } = buildElements({ entities, links }, TODAY);
    expect(nodes.find((n) => n.id === P(1))?.parent).toBe(P(10));
    expect(edges.map((e) => e.id)).toEqual([L(2)]);
    expect(nodes.filter((n) => n.isGroup).map((n) => n.id)).toEqual([P(10), P(11)]);
  });

  it('refuses a membership that would make a group contain itself', () => {
    const entities = mapOf([group(P(10), 'A'), group(P(11), 'B')]);
    const links = mapOf([
      link(L(1), P(10), P(11), 'member_of'),
      link(L(2), P(11), P(10), 'member_of'),
    ]);
    const { nodes, edges } = buildElements({ entities, links }, TODAY);
    expect(nodes.find((n) => n.id === P(10))?.parent).toBe(P(11));
    expect(nodes.find((n) => n.id === P(11))?.parent).toBeUndefined();
    expect(edges.map((e) => e.id)).toEqual([L(2)]);
  });

  it('does not nest a member inside something that is not a group', () => {
    const entities = mapOf([person(P(1), 'A'), person(P(2), 'B')]);
    const links = mapOf([link(L(1), P(1), P(2), 'member_of')]);
    const { nodes, edges } = buildElements({ entities, links }, TODAY);
    expect(nodes.every((n) => n.parent === undefined)).toBe(true);
    expect(edges).toHaveLength(1);
  });

  it('badges children and vulnerable adults, children first', () => {
    const entities = mapOf([
      person(P(1), 'Child', { dateOfBirth: '2010-03-01' }),
      person(P(2), 'Adult at risk', {
        dateOfBirth: '1970-01-01',
        safeguarding: {
          vulnerable: true,
          missingEpisodes: 0,
          lookedAfter: false,
          excludedOrReducedTimetable: false,
          cuckooedOccupant: true,
        },
      }),
      person(P(3), 'Turned 18 today', { dateOfBirth: '2007-06-01' }),
      person(P(4), 'No date of birth'),
    ]);
    const { nodes } = buildElements({ entities, links: new Map() }, TODAY);
    expect(nodes.map((n) => n.safeguarding)).toEqual(['child', 'vulnerable', undefined, undefined]);
  });

  it('styles links from their kind, strength and grade', () => {
    const entities = mapOf([person(P(1), 'A'), phone(P(2), 'Line', '+447700900123')]);
    const links = mapOf([
      link(L(1), P(1), P(2), 'uses_phone', {
        strength: 5,
        grade: { scheme: '3x5x2', source: '3', intelligence: 'B', handling: 'P' },
      }),
      link(L(2), P(1), P(2), 'associate', { label: 'met at court' }),
    ]);
    const { edges } = buildElements({ entities, links }, TODAY);
    expect(edges[0]).toMatchObject({
      directed: true,
      weak: true,
      strength: 5,
      label: 'Uses phone',
    });
    expect(edges[1]).toMatchObject({ directed: false, weak: false, label: 'met at court' });
  });

  it('skips a link whose end is missing rather than drawing a dangling edge', () => {
    const entities = mapOf([person(P(1), 'A')]);
    const links = mapOf([link(L(1), P(1), P(99), 'associate')]);
    expect(buildElements({ entities, links }, TODAY).edges).toEqual([]);
  });

  it('passes a hostile label through as plain data, unchanged and unparsed', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const entities = mapOf([person(P(1), hostile)]);
    expect(buildElements({ entities, links: new Map() }, TODAY).nodes[0]?.label).toBe(hostile);
  });
});
