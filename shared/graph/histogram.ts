import { dateExtent, dayNumber, isoOfDay } from './dates';
import type { Sighting } from './dates';

export type Bucket = 'month' | 'week';

export interface HistogramBar {
  /** First and last day of the bucket, inclusive ISO dates. */
  start: string;
  end: string;
  /** Links active at some time in the bucket. */
  count: number;
}

// 1970-01-05 (day 4) was a Monday: weeks run Monday to Sunday, as in ISO 8601.
const FIRST_MONDAY = 4;

const buckets = {
  month: {
    index: (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1,
    start: (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
    end: (i: number) => isoOfDay(dayNumber(buckets.month.start(i + 1)) - 1),
  },
  week: {
    index: (iso: string) => Math.floor((dayNumber(iso) - FIRST_MONDAY) / 7),
    start: (i: number) => isoOfDay(FIRST_MONDAY + 7 * i),
    end: (i: number) => isoOfDay(FIRST_MONDAY + 7 * i + 6),
  },
};

/**
 * How many links were active in each month or week, for the time slider. A link counts in every
 * bucket its sightings span; a missing first or last sighting extends it to the edge of the
 * extent; undated links are not counted. Linear in links plus buckets, for 100k-link workspaces.
 */
export function linkActivityHistogram(
  links: Iterable<Sighting>,
  bucket: Bucket,
  extent: { from: string; to: string } | null = null,
): HistogramBar[] {
  const all = [...links];
  const span = extent ?? dateExtent(all);
  if (!span || span.from > span.to) return [];
  const scale = buckets[bucket];
  const first = scale.index(span.from);
  const last = scale.index(span.to);
  const delta = new Int32Array(last - first + 2);
  for (const link of all) {
    if (!link.firstSeen && !link.lastSeen) continue;
    const from = link.firstSeen ?? span.from;
    const to = link.lastSeen ?? span.to;
    if (to < span.from || from > span.to) continue;
    const a = scale.index(from < span.from ? span.from : from) - first;
    const b = scale.index(to > span.to ? span.to : to) - first;
    delta[a]! += 1;
    delta[b + 1]! -= 1;
  }
  const bars: HistogramBar[] = [];
  let running = 0;
  for (let i = 0; i <= last - first; i++) {
    running += delta[i]!;
    bars.push({ start: scale.start(first + i), end: scale.end(first + i), count: running });
  }
  return bars;
}
