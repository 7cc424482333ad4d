/**
 * Colours for analysis results. Communities take the Okabe-Ito hues (distinguishable under the
 * common colour-vision deficiencies), repeating after eight; a measure runs from pale to dark
 * blue so "more" always reads as "darker", also in greyscale print.
 */
const COMMUNITY = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#000000',
];
const LOW = [222, 235, 247];
const HIGH = [8, 48, 107];

export function coloursFromAnalysis(
  values: ReadonlyMap<string, number>,
  kind: 'measure' | 'community',
): Map<string, string> {
  const out = new Map<string, string>();
  if (kind === 'community') {
    for (const [id, group] of values)
      out.set(id, COMMUNITY[Math.abs(Math.trunc(group)) % COMMUNITY.length] ?? '#777777');
    return out;
  }
  const finite = [...values.values()].filter(Number.isFinite);
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 0;
  for (const [id, v] of values) {
    if (!Number.isFinite(v)) continue;
    const t = max > min ? (v - min) / (max - min) : 1;
    const channel = (i: number) => Math.round((LOW[i] ?? 0) + t * ((HIGH[i] ?? 0) - (LOW[i] ?? 0)));
    out.set(id, `rgb(${channel(0)},${channel(1)},${channel(2)})`);
  }
  return out;
}
