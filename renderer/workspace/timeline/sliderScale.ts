import { dayNumber } from '../../../shared/graph/dates';
import type { Bucket, HistogramBar } from '../../../shared/graph';

/** A period as the slider sees it: first and last bar, inclusive. */
export interface BarWindow {
  first: number;
  last: number;
}

/** Months for anything longer than about half a year, weeks below: 6 to 40 bars either way. */
export function bucketFor(extent: { from: string; to: string }): Bucket {
  return dayNumber(extent.to) - dayNumber(extent.from) > 183 ? 'month' : 'week';
}

/** The bar holding a date, clamped to the bars; an open end is the first or last bar. */
export function barOf(
  bars: readonly HistogramBar[],
  iso: string | undefined,
  side: 'from' | 'to',
): number {
  const lastIndex = bars.length - 1;
  if (!iso) return side === 'from' ? 0 : lastIndex;
  const i = bars.findIndex((bar) => bar.end >= iso.slice(0, 10));
  return i === -1 ? lastIndex : i;
}

/**
 * The dates for a window of bars. A thumb at either end leaves that side open, so "everything"
 * stays "no date filter" rather than the workspace's extent on the day it was saved.
 */
export function periodOf(
  bars: readonly HistogramBar[],
  window: BarWindow,
): { from: string | undefined; to: string | undefined } {
  const first = Math.max(0, Math.min(window.first, window.last));
  const last = Math.min(bars.length - 1, Math.max(window.first, window.last));
  return {
    from: first === 0 ? undefined : bars[first]?.start,
    to: last === bars.length - 1 ? undefined : bars[last]?.end,
  };
}

/**
 * Where play starts: the current window if it can still move, else from the beginning. A
 * window covering everything cannot move, so play then uses a sixth of the time line.
 */
export function playStart(barCount: number, window: BarWindow): BarWindow {
  const width = window.last - window.first + 1;
  if (width >= barCount) {
    const playWidth = Math.max(1, Math.round(barCount / 6));
    return { first: 0, last: Math.min(barCount - 1, playWidth - 1) };
  }
  if (window.last >= barCount - 1) return { first: 0, last: width - 1 };
  return window;
}

/** One step of play: the window moved on by one bar, or null once it has reached the end. */
export function nextWindow(barCount: number, window: BarWindow): BarWindow | null {
  if (window.last >= barCount - 1) return null;
  return { first: window.first + 1, last: window.last + 1 };
}
