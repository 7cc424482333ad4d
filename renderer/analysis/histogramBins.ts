import { formatValue } from './rankingRows';

export interface Bin {
  from: number;
  to: number;
  count: number;
}

/**
 * Equal-width bins from the smallest to the largest value; the last bin includes its upper
 * edge. Integer measures with few distinct values (degree, core number) get one bin per value.
 */
export function histogramBins(values: ArrayLike<number>, maxBins = 12): Bin[] {
  const finite = Array.from(values).filter(Number.isFinite);
  if (finite.length === 0) return [];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (min === max) return [{ from: min, to: max, count: finite.length }];
  const integers = finite.every(Number.isInteger) && max - min + 1 <= maxBins;
  const bins = integers ? max - min + 1 : maxBins;
  const width = integers ? 1 : (max - min) / bins;
  const out: Bin[] = Array.from({ length: bins }, (_, i) => ({
    from: min + i * width,
    to: integers ? min + i : min + (i + 1) * width,
    count: 0,
  }));
  for (const v of finite) {
    const i = Math.min(bins - 1, Math.floor((v - min) / width));
    out[i]!.count += 1;
  }
  return out;
}

/** The histogram in words, for screen readers and the chart's description. */
export function describeBins(bins: readonly Bin[], measureLabel: string): string {
  if (bins.length === 0) return `No values of ${measureLabel} to show.`;
  const total = bins.reduce((s, b) => s + b.count, 0);
  const parts = bins
    .filter((b) => b.count > 0)
    .map((b) => `${binLabel(b)}: ${b.count}`)
    .join('; ');
  return `${measureLabel} of ${total} entities. ${parts}.`;
}

export function binLabel(bin: Bin): string {
  return bin.from === bin.to
    ? formatValue(bin.from)
    : `${formatValue(bin.from)} to ${formatValue(bin.to)}`;
}
