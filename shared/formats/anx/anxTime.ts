/**
 * Charts from Analyst's Notebook hold local wall-clock times ("2024-03-01T14:05:00", no zone);
 * our records hold UTC instants. This writes an instant as the time on a clock in the given
 * zone (the UK's by default), which is what an analyst reading the chart expects to see.
 */
// Building a DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function localTime(instant: string, timeZone = 'Europe/London'): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = formatter(timeZone).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const ms = date.getUTCMilliseconds();
  const fraction = ms ? `.${String(ms).padStart(3, '0')}` : '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${fraction}`;
}

/** A calendar date as the start of that local day. */
export function localDay(date: string): string {
  return `${date}T00:00:00`;
}

function zoneOffsetMinutes(utcMillis: number, timeZone: string): number {
  const local = localTime(new Date(utcMillis).toISOString(), timeZone);
  const asUtc = Date.parse(`${local.slice(0, 19)}Z`);
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60000);
}

/**
 * The instant a local clock time stood for, in the given zone; undefined when the text is not a
 * date and time. In the hour the clocks go back, the earlier of the two instants is taken.
 */
const instants = new Map<string, string | undefined>();

export function instantFromLocal(text: string, timeZone = 'Europe/London'): string | undefined {
  const key = `${timeZone}|${text}`;
  if (instants.has(key)) return instants.get(key);
  let found: string | undefined;
  try {
    found = instantOf(text, timeZone);
  } catch {
    // A date outside what Date can hold (year 275760 and beyond) is not a time we can read.
    found = undefined;
  }
  // Charts repeat the same few times; working one out takes several calendar lookups.
  if (instants.size > 10_000) instants.clear();
  instants.set(key, found);
  return found;
}

function instantOf(text: string, timeZone: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d{1,3})?$/.exec(text.trim());
  if (!m) return undefined;
  const wall = Date.parse(`${m[1]}T${m[2]}${m[3] ?? ''}Z`);
  if (Number.isNaN(wall)) return undefined;
  // The zone's offset half a day either side covers any change of the clocks in between.
  const day = 12 * 3600_000;
  const candidates = [
    ...new Set([wall - day, wall + day].map((t) => zoneOffsetMinutes(t, timeZone))),
  ]
    .map((offset) => wall - offset * 60000)
    .filter(
      (t) =>
        localTime(new Date(t).toISOString(), timeZone) ===
        localTime(new Date(wall).toISOString(), 'UTC'),
    )
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - zoneOffsetMinutes(wall, timeZone) * 60000).toISOString();
}
