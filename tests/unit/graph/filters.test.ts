import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  byClassificationCeiling,
  byDateRange,
  byEntityKind,
  byGradeMinimum,
  byHandlingCode,
  byLinkKind,
  egoNetwork,
  withoutOrphans,
} from '../../../shared/graph';
import { E, L, ids, smallNetwork } from './network';

const { graph } = smallNetwork();
const visibleLinks = (...filters: Parameters<typeof applyFilters>[1]) =>
  applyFilters(graph, filters).linkIds;

describe('filters by kind and classification', () => {
  it('shows everything when there is no filter', () => {
    const visible = applyFilters(graph, []);
    expect(visible.entityIds).toEqual(ids(E, 1, 2, 3, 4, 5, 6, 7));
    expect(visible.linkIds).toEqual(ids(L, 1, 2, 3, 4, 5, 6));
  });

  it('hides entities of other kinds, and the links that lead to them', () => {
    const visible = applyFilters(graph, [byEntityKind(['nominal'])]);
    expect(visible.entityIds.has(E(7))).toBe(false);
    expect(visible.linkIds).toEqual(ids(L, 1, 2, 3, 4, 6));
  });

  it('keeps only links of the chosen kinds', () => {
    expect(visibleLinks(byLinkKind(['associate']))).toEqual(ids(L, 1, 3, 6));
  });

  it('hides what lies above a classification ceiling', () => {
    const visible = applyFilters(graph, [byClassificationCeiling('OFFICIAL')]);
    expect(visible.entityIds.has(E(6))).toBe(false);
    expect(visible.linkIds.has(L(6))).toBe(false);
    expect(
      applyFilters(graph, [byClassificationCeiling('OFFICIAL-SENSITIVE')]).entityIds.size,
    ).toBe(7);
  });
});

describe('filters by grade and handling', () => {
  it('applies a minimum source evaluation, reading legacy grades on the 3x5x2 scale', () => {
    expect(visibleLinks(byGradeMinimum({ source: '2' }))).toEqual(ids(L, 1, 2, 4, 5, 6));
    expect(visibleLinks(byGradeMinimum({ source: '2', includeUngraded: false }))).toEqual(
      ids(L, 1, 2, 4),
    );
  });

  it('applies a minimum intelligence assessment', () => {
    expect(visibleLinks(byGradeMinimum({ intelligence: 'B', includeUngraded: false }))).toEqual(
      ids(L, 1, 4),
    );
  });

  it('leaves out conditional material, legacy handling codes 4 and 5 included', () => {
    expect(visibleLinks(byHandlingCode(['P']))).toEqual(ids(L, 1, 3, 5, 6));
    expect(visibleLinks(byHandlingCode(['P'], { includeUngraded: false }))).toEqual(ids(L, 1, 3));
  });
});

describe('filter by date range', () => {
  it('keeps links whose sightings overlap the range, and undated ones on request', () => {
    const range = { from: '2025-02-01', to: '2025-07-01' };
    expect(visibleLinks(byDateRange(range))).toEqual(ids(L, 1, 2, 3));
    expect(visibleLinks(byDateRange(range, { includeUndated: false }))).toEqual(ids(L, 1, 2));
  });

  it('treats a link with no last sighting as still current', () => {
    expect(visibleLinks(byDateRange({ from: '2027-01-01' }, { includeUndated: false }))).toEqual(
      ids(L, 4),
    );
  });

  it('composes with withoutOrphans to show only who was active', () => {
    const visible = applyFilters(graph, [
      byDateRange({ from: '2026-01-15', to: '2026-12-31' }, { includeUndated: false }),
      withoutOrphans(),
    ]);
    expect(visible.entityIds).toEqual(ids(E, 4, 5, 6));
    expect(visible.linkIds).toEqual(ids(L, 4, 6));
  });
});

describe('ego network', () => {
  it('keeps everything within k steps of the selection, in either direction', () => {
    expect(applyFilters(graph, [egoNetwork([E(1)], 0)]).entityIds).toEqual(ids(E, 1));
    const one = applyFilters(graph, [egoNetwork([E(1)], 1)]);
    expect(one.entityIds).toEqual(ids(E, 1, 2, 7));
    expect(one.linkIds).toEqual(ids(L, 1, 5));
    expect(applyFilters(graph, [egoNetwork([E(7)], 2)]).entityIds).toEqual(ids(E, 7, 1, 2));
  });

  it('walks only visible links, and keeps a hidden selection hidden', () => {
    const visible = applyFilters(graph, [byLinkKind(['associate']), egoNetwork([E(1)], 3)]);
    expect(visible.entityIds).toEqual(ids(E, 1, 2));
    const hidden = applyFilters(graph, [
      byClassificationCeiling('OFFICIAL'),
      egoNetwork([E(6)], 2),
    ]);
    expect(hidden.entityIds.size).toBe(0);
  });

  it('refuses a step count that is not a whole number', () => {
    expect(() => egoNetwork([E(1)], -1)).toThrow(/whole number/);
    expect(() => egoNetwork([E(1)], 1.5)).toThrow(/whole number/);
  });
});

describe('applyFilters', () => {
  it('never leaves a link whose end is hidden, and never changes the graph', () => {
    const before = graph.export();
    const visible = applyFilters(graph, [
      byEntityKind(['nominal', 'phone']),
      egoNetwork([E(3)], 1),
    ]);
    for (const id of visible.linkIds) {
      const [s, t] = graph.extremities(id);
      expect(visible.entityIds.has(s) && visible.entityIds.has(t)).toBe(true);
    }
    expect(graph.export()).toEqual(before);
  });
});
