/**
 * Charts from Analyst's Notebook hold local wall-clock times ("2024-03-01T14:05:00", no zone);
 * our records hold UTC instants. This writes an instant as the time on a clock in the given
 * zone (the UK's by default), which is what an analyst reading the chart expects to see.
 */
export function localTime(instant: string, timeZone = 'Europe/London'): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/** A calendar date as the start of that local day. */
export function localDay(date: string): string {
  return `${date}T00:00:00`;
}
