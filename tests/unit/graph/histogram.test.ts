import { describe, expect, it } from 'vitest';
import { buildSyntheticWorkspace } from '../../../shared/demo';
import { dateExtent, linkActivityHistogram, overlaps } from '../../../shared/graph';

describe('dateExtent', () => {
  it('spans the earliest and latest sighting, ignoring undated links', () => {
    const links = [
      { firstSeen: '2025-03-04', lastSeen: '2025-05-01' },
      {},
      { lastSeen: '2026-01-09' },
      { firstSeen: '2024-10-02' },
    ];
    expect(dateExtent(links)).toEqual({ from: '2024-10-02', to: '2026-01-09' });
    expect(dateExtent([{}, {}])).toBeNull();
  });
});

describe('overlaps', () => {
  it('counts touching ends as overlap and open ends as unbounded', () => {
    const link = { firstSeen: '2025-01-01', lastSeen: '2025-01-31' };
    expect(overlaps(link, { from: '2025-01-31', to: '2025-02-28' })).toBe(true);
    expect(overlaps(link, { from: '2025-02-01' })).toBe(false);
    expect(overlaps(link, { to: '2024-12-31' })).toBe(false);
    expect(overlaps({ firstSeen: '2025-01-01' }, { from: '2030-01-01' })).toBe(true);
    expect(overlaps({ lastSeen: '2025-01-01' }, { to: '2000-01-01' })).toBe(true);
  });
});

describe('linkActivityHistogram', () => {
  it('counts a link in every month its sightings span', () => {
    const bars = linkActivityHistogram(
      [
        { firstSeen: '2025-01-15', lastSeen: '2025-03-02' },
        { firstSeen: '2025-02-01', lastSeen: '2025-02-01' },
        {},
      ],
      'month',
    );
    expect(bars).toEqual([
      { start: '2025-01-01', end: '2025-01-31', count: 1 },
      { start: '2025-02-01', end: '2025-02-28', count: 2 },
      { start: '2025-03-01', end: '2025-03-31', count: 1 },
    ]);
  });

  it('uses Monday-to-Sunday weeks, across a year end', () => {
    // 2025-12-29 is a Monday; 2026-01-04 the Sunday of the same week.
    const bars = linkActivityHistogram(
      [{ firstSeen: '2025-12-31', lastSeen: '2026-01-05' }],
      'week',
    );
    expect(bars).toEqual([
      { start: '2025-12-29', end: '2026-01-04', count: 1 },
      { start: '2026-01-05', end: '2026-01-11', count: 1 },
    ]);
  });

  it('extends open-ended links to the edge of a given extent and clips to it', () => {
    const bars = linkActivityHistogram(
      [{ firstSeen: '2024-01-01' }, { lastSeen: '2025-02-10' }],
      'month',
      {
        from: '2025-01-01',
        to: '2025-03-31',
      },
    );
    expect(bars.map((b) => b.count)).toEqual([2, 2, 1]);
  });

  it('agrees with counting by hand on a large synthetic workspace', () => {
    const { links } = buildSyntheticWorkspace({ nodes: 3000, seed: 5 });
    const bars = linkActivityHistogram(links, 'month');
    const dated = links.filter((l) => l.firstSeen || l.lastSeen);
    for (const bar of [bars[0]!, bars[7]!, bars[bars.length - 1]!]) {
      const expected = dated.filter((l) => overlaps(l, { from: bar.start, to: bar.end })).length;
      expect(bar.count).toBe(expected);
    }
  });

  it('returns no bars when nothing is dated', () => {
    expect(linkActivityHistogram([{}], 'week')).toEqual([]);
  });
});
