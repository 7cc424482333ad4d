import { LABEL_SETTINGS } from '../workspace/labels/labelPlan';
import type { TextMeasure } from './slideLabels';

/** The slide labels' font (briefing.css): key labels are drawn semibold. */
const font = (key: boolean) =>
  `${key ? 600 : 400} ${LABEL_SETTINGS.fontSize}px system-ui, sans-serif`;

/**
 * Widths as this browser will draw the labels, so each label's planned box is its drawn size:
 * nothing squeezed, nothing overlapping. Undefined where no canvas can measure.
 */
export function browserTextMeasure(): TextMeasure | undefined {
  const ctx =
    typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  const seen = new Map<string, number>();
  return (text, key) => {
    const k = `${key ? 1 : 0}${text}`;
    let width = seen.get(k);
    if (width === undefined) {
      ctx.font = font(key);
      // Half a unit to spare for the rounding of glyph advances.
      width = ctx.measureText(text).width + 0.5;
      seen.set(k, width);
    }
    return width;
  };
}
