import { describe, expect, it } from 'vitest';
import { toGraph } from '../../../../shared/graph';
import type { Link } from '../../../../shared/model';
import { link, person, sampleId } from '../../../../renderer/dev/factories';
import { NO_FILTERS, visibleSet } from '../../../../renderer/workspace/filters/viewFilters';
import type { ViewFilters } from '../../../../renderer/workspace/filters/viewFilters';
import { demo } from './demoGraph';

const { data, graph } = demo();
const entityById = new Map(data.entities.map((e) => [e.id, e]));
const with_ = (f: Partial<ViewFilters>): ViewFilters => ({ ...NO_FILTERS, ...f });

/** Every visible link must have both ends visible: the invariant the chart relies on. */
function expectNoDangling(v: { entities: Set<string>; links: Set<string> }) {
  for (const id of v.links) {
    const l = data.links.find((x) => x.id === id) as Link;
    expect(v.entities.has(l.source) && v.entities.has(l.target)).toBe(true);
  }
}

describe('visibleSet on the demo workspace', () => {
  it('shows every entity and link when nothing is filtered', () => {
    const v = visibleSet(graph, NO_FILTERS);
    expect(v.entities.size).toBe(data.entities.length);
    expect(v.links.size).toBe(data.links.length);
  });

  it('keeps only the chosen entity kinds and the links among them', () => {
    const v = visibleSet(graph, with_({ entityKinds: ['nominal', 'phone'] }));
    const expected = data.entities.filter((e) => e.kind === 'nominal' || e.kind === 'phone');
    expect([...v.entities].sort()).toEqual(expected.map((e) => e.id).sort());
    const kindOf = (id: string) => entityById.get(id)?.kind;
    const expectedLinks = data.links.filter(
      (l) =>
        ['nominal', 'phone'].includes(kindOf(l.source)!) &&
        ['nominal', 'phone'].includes(kindOf(l.target)!),
    );
    expect(v.links.size).toBe(expectedLinks.length);
    expectNoDangling(v);
  });

  it('keeps only the chosen link kinds', () => {
    const v = visibleSet(graph, with_({ linkKinds: ['calls', 'uses_phone'] }));
    const expected = data.links.filter((l) => l.kind === 'calls' || l.kind === 'uses_phone');
    expect([...v.links].sort()).toEqual(expected.map((l) => l.id).sort());
    // Entities are not hidden by a link-kind filter: only the lines go.
    expect(v.entities.size).toBe(data.entities.length);
  });

  it('narrows to a period: fewer links, each seen within it, and undated ones as chosen', () => {
    const period = { dateFrom: '2025-06-01', dateTo: '2025-08-31' };
    const v = visibleSet(graph, with_(period));
    const inPeriod = (l: Link) =>
      (!l.firstSeen && !l.lastSeen) ||
      ((l.firstSeen ?? '0000') <= period.dateTo && (l.lastSeen ?? '9999') >= period.dateFrom);
    expect([...v.links].sort()).toEqual(
      data.links
        .filter(inPeriod)
        .map((l) => l.id)
        .sort(),
    );
    expect(v.links.size).toBeLessThan(data.links.length);
    expect(v.entities.size).toBeLessThan(data.entities.length);
    expectNoDangling(v);

    const dated = visibleSet(graph, with_({ ...period, includeUndated: false }));
    const undated = data.links.filter((l) => !l.firstSeen && !l.lastSeen).length;
    expect(undated).toBeGreaterThan(0);
    expect(dated.links.size).toBe(v.links.size - undated);
  });

  it('keeps only links graded at or above a minimum, reading 5x5x5 on the 3x5x2 scales', () => {
    const v = visibleSet(graph, with_({ minSource: '1' }));
    expect(v.links.size).toBeGreaterThan(0);
    expect(v.links.size).toBeLessThan(data.links.length);
    for (const id of v.links) {
      const g = data.links.find((l) => l.id === id)?.grade;
      if (!g) continue;
      expect(g.scheme === '3x5x2' ? g.source === '1' : g.source === 'A' || g.source === 'B').toBe(
        true,
      );
    }
  });

  it('keeps only the chosen handling codes', () => {
    const v = visibleSet(graph, with_({ handling: ['P'] }));
    for (const id of v.links) {
      const g = data.links.find((l) => l.id === id)?.grade;
      if (g?.scheme === '3x5x2') expect(g.handling).toBe('P');
      if (g?.scheme === '5x5x5') expect(['4', '5']).not.toContain(g.handling);
    }
    const none = visibleSet(graph, with_({ handling: [] }));
    expect(none.links.size).toBe(data.links.filter((l) => !l.grade).length);
  });

  it('shows the ego network of a selection: the entity and its neighbours at one step', () => {
    const maureen = data.entities.find((e) => e.label === 'Maureen Threlfall')!;
    const v = visibleSet(graph, with_({ ego: { ids: [maureen.id], hops: 1 } }));
    const neighbours = new Set<string>([maureen.id]);
    for (const l of data.links) {
      if (l.source === maureen.id) neighbours.add(l.target);
      if (l.target === maureen.id) neighbours.add(l.source);
    }
    expect([...v.entities].sort()).toEqual([...neighbours].sort());
    const two = visibleSet(graph, with_({ ego: { ids: [maureen.id], hops: 2 } }));
    expect(two.entities.size).toBeGreaterThan(v.entities.size);
    expectNoDangling(two);
  });

  it('walks the ego network only over links the other filters left', () => {
    const maureen = data.entities.find((e) => e.label === 'Maureen Threlfall')!;
    const ego = { ids: [maureen.id], hops: 1 };
    const all = visibleSet(graph, with_({ ego }));
    const onlyFamily = visibleSet(graph, with_({ ego, linkKinds: ['family'] }));
    expect(onlyFamily.entities.size).toBeLessThan(all.entities.size);
    expect(onlyFamily.entities.has(maureen.id)).toBe(true);
  });
});

describe('visibleSet and entities left without a link by the period', () => {
  const A = sampleId('ent', 1);
  const B = sampleId('ent', 2);
  const C = sampleId('ent', 3);
  const LONER = sampleId('ent', 4);
  const small = toGraph(
    [
      person(A, 'Ann Able'),
      person(B, 'Ben Bold'),
      person(C, 'Cal Cole'),
      person(LONER, 'Lone Wolf'),
    ],
    [
      link(sampleId('lnk', 1), A, B, 'associate', {
        firstSeen: '2025-01-01',
        lastSeen: '2025-02-01',
      }),
      link(sampleId('lnk', 2), B, C, 'associate', {
        firstSeen: '2025-06-01',
        lastSeen: '2025-07-01',
      }),
    ],
  );

  it('hides people with no contact in the period but keeps those never linked at all', () => {
    const v = visibleSet(small, with_({ dateFrom: '2025-05-01', dateTo: '2025-12-31' }));
    expect([...v.entities].sort()).toEqual([B, C, LONER].sort());
    expect([...v.links]).toEqual([sampleId('lnk', 2)]);
  });
});
