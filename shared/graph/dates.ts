/** A link's period as known: a missing first or last sighting leaves that side open. */
export interface Sighting {
  firstSeen?: string;
  lastSeen?: string;
}

export interface DateRange {
  /** Inclusive ISO dates; a missing end leaves the range open on that side. */
  from?: string;
  to?: string;
}

export function isUndated(s: Sighting): boolean {
  return !s.firstSeen && !s.lastSeen;
}

/**
 * Whether a link's [firstSeen, lastSeen] overlaps the range. A link seen first in 2025 with no
 * last sighting is taken as still current, so it overlaps every later range.
 */
export function overlaps(s: Sighting, range: DateRange): boolean {
  const startsAfterRange =
    range.to !== undefined && s.firstSeen !== undefined && s.firstSeen > range.to;
  const endsBeforeRange =
    range.from !== undefined && s.lastSeen !== undefined && s.lastSeen < range.from;
  return !startsAfterRange && !endsBeforeRange;
}

/** Earliest and latest date among the links' sightings, or null when none is dated. */
export function dateExtent(links: Iterable<Sighting>): { from: string; to: string } | null {
  let from: string | undefined;
  let to: string | undefined;
  for (const link of links) {
    for (const date of [link.firstSeen, link.lastSeen]) {
      if (!date) continue;
      if (from === undefined || date < from) from = date;
      if (to === undefined || date > to) to = date;
    }
  }
  return from !== undefined && to !== undefined ? { from, to } : null;
}

/** Days since 1970-01-01 for an ISO date, and back: calendar arithmetic free of time zones. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
}

export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
