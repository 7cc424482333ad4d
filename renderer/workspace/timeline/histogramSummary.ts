import type { Bucket, HistogramBar } from '../../../shared/graph';
import { monthInWords, dateInWords } from './dateWords';

export function barInWords(bar: HistogramBar, bucket: Bucket): string {
  return bucket === 'month' ? monthInWords(bar.start) : `week of ${dateInWords(bar.start)}`;
}

/** The histogram in a sentence, for people who cannot see the bars. */
export function histogramSummary(bars: readonly HistogramBar[], bucket: Bucket): string {
  const first = bars[0];
  const last = bars[bars.length - 1];
  if (!first || !last) return 'No dated links to chart.';
  let busiest = first;
  for (const bar of bars) if (bar.count > busiest.count) busiest = bar;
  const unit = bucket === 'month' ? 'month' : 'week';
  const span = `${barInWords(first, bucket)} to ${barInWords(last, bucket)}`;
  const peak = `${busiest.count} active ${busiest.count === 1 ? 'link' : 'links'}`;
  return `Link activity by ${unit}, ${span}: ${bars.length} ${unit}s; busiest ${barInWords(busiest, bucket)} with ${peak}.`;
}
