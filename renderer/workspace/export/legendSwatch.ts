import { arrowPath } from '../linkStyles';
import type { LegendRow } from './legendRows';

/** The shield of the vulnerable-adult badge, 16 px tall, top-left at (x, y). */
function shieldPath(x: number, y: number): string {
  return `M${x + 7} ${y} L${x} ${y + 2.5} V${y + 7} C${x} ${y + 11} ${x + 3} ${y + 14} ${x + 7} ${y + 16} C${x + 11} ${y + 14} ${x + 14} ${y + 11} ${x + 14} ${y + 7} V${y + 2.5} Z`;
}

export interface SwatchShape {
  /** SVG path data. */
  d: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: readonly number[];
}

/**
 * A legend row's swatch as plain shapes, centred on the row's baseline at (x, y): drawn as SVG
 * elements by the SVG export and through Path2D by the PNG export, so both show the same.
 */
export function swatchShapes(row: LegendRow, x: number, y: number): SwatchShape[] {
  const disc = (r: number) =>
    `M${x + 9 + r} ${y} A${r} ${r} 0 1 0 ${x + 9 - r} ${y} A${r} ${r} 0 1 0 ${x + 9 + r} ${y} Z`;
  switch (row.swatch) {
    case 'disc': {
      const shapes: SwatchShape[] = [{ d: disc(8), fill: row.colour }];
      if (row.rim?.double) {
        shapes.push({ d: disc(8), stroke: row.rim.colour, strokeWidth: 1.5 });
        shapes.push({ d: disc(5.5), stroke: row.rim.colour, strokeWidth: 1.5 });
      } else if (row.rim) {
        shapes.push({
          d: disc(8),
          stroke: row.rim.colour,
          strokeWidth: 2.5,
          ...(row.rim.dash ? { dash: row.rim.dash } : {}),
        });
      }
      return shapes;
    }
    case 'box':
      return [
        {
          d: `M${x} ${y - 7} h20 v14 h-20 Z`,
          stroke: row.colour,
          strokeWidth: 2,
        },
      ];
    case 'badge':
      return [
        {
          d: row.badge === 'child' ? disc(7.5) : shieldPath(x + 2, y - 8),
          fill: row.colour,
          stroke: '#111111',
          strokeWidth: 1.5,
        },
      ];
    case 'line': {
      const head = row.arrow && row.arrow !== 'none' ? row.arrow : undefined;
      const start = head && row.bothEnds ? x + 7 : x;
      const shapes: SwatchShape[] = [
        {
          d: `M${start} ${y} L${head ? x + 18 : x + 24} ${y}`,
          stroke: row.colour,
          strokeWidth: row.width ?? 2.5,
          ...(row.dash?.length ? { dash: row.dash } : {}),
        },
      ];
      if (head) shapes.push({ d: arrowPath(head, x + 25, y, 8), fill: row.colour });
      if (head && row.bothEnds) shapes.push({ d: arrowPath(head, x, y, 8, -1), fill: row.colour });
      if (row.ring) {
        shapes.push({
          d: `M${x + 15} ${y} A3 3 0 1 0 ${x + 9} ${y} A3 3 0 1 0 ${x + 15} ${y} Z`,
          fill: '#ffffff',
          stroke: row.colour,
          strokeWidth: 1.6,
        });
      }
      return shapes;
    }
  }
}
