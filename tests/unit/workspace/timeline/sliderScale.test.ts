import { describe, expect, it } from 'vitest';
import { linkActivityHistogram } from '../../../../shared/graph';
import {
  barOf,
  bucketFor,
  nextWindow,
  periodOf,
  playStart,
} from '../../../../renderer/workspace/timeline/sliderScale';
import type { BarWindow } from '../../../../renderer/workspace/timeline/sliderScale';

// Twelve monthly bars, January to December 2025.
const bars = linkActivityHistogram(
  [
    { firstSeen: '2025-01-10', lastSeen: '2025-12-20' },
    { firstSeen: '2025-03-03', lastSeen: '2025-04-04' },
  ],
  'month',
);

describe('slider scale', () => {
  it('has one bar a month over the links', () => {
    expect(bars).toHaveLength(12);
    expect(bars[0]?.start).toBe('2025-01-01');
    expect(bars[11]?.end).toBe('2025-12-31');
  });

  it('chooses months for long spans and weeks for short ones', () => {
    expect(bucketFor({ from: '2024-10-01', to: '2026-10-31' })).toBe('month');
    expect(bucketFor({ from: '2025-01-01', to: '2025-03-31' })).toBe('week');
  });

  it('finds the bar holding a date, with open ends at the first and last bar', () => {
    expect(barOf(bars, '2025-03-15', 'from')).toBe(2);
    expect(barOf(bars, '2025-03-31', 'to')).toBe(2);
    expect(barOf(bars, '2025-04-01', 'to')).toBe(3);
    expect(barOf(bars, undefined, 'from')).toBe(0);
    expect(barOf(bars, undefined, 'to')).toBe(11);
    expect(barOf(bars, '2030-01-01', 'from')).toBe(11);
  });

  it('turns a window into dates, leaving a side open when its thumb is at the end', () => {
    expect(periodOf(bars, { first: 2, last: 4 })).toEqual({ from: '2025-03-01', to: '2025-05-31' });
    expect(periodOf(bars, { first: 0, last: 11 })).toEqual({ from: undefined, to: undefined });
    expect(periodOf(bars, { first: 5, last: 11 })).toEqual({ from: '2025-06-01', to: undefined });
    // Crossed thumbs are read the right way round.
    expect(periodOf(bars, { first: 4, last: 2 })).toEqual({ from: '2025-03-01', to: '2025-05-31' });
  });
});

describe('play', () => {
  it('starts from a sixth of the time line when the window covers everything', () => {
    expect(playStart(12, { first: 0, last: 11 })).toEqual({ first: 0, last: 1 });
    expect(playStart(3, { first: 0, last: 2 })).toEqual({ first: 0, last: 0 });
  });

  it('keeps a window that can still move, and rewinds one already at the end', () => {
    expect(playStart(12, { first: 3, last: 5 })).toEqual({ first: 3, last: 5 });
    expect(playStart(12, { first: 9, last: 11 })).toEqual({ first: 0, last: 2 });
  });

  it('steps one bar at a time and stops at the end', () => {
    const seen: BarWindow[] = [];
    let w: BarWindow | null = playStart(12, { first: 0, last: 11 });
    while (w) {
      seen.push(w);
      w = nextWindow(12, w);
    }
    expect(seen).toHaveLength(11);
    expect(seen[seen.length - 1]).toEqual({ first: 10, last: 11 });
    expect(seen.every((s, i) => i === 0 || s.first === seen[i - 1]!.first + 1)).toBe(true);
  });
});
