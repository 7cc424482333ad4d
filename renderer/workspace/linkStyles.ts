import type { LinkKind } from '../../shared/model';
import { LINK_KINDS } from '../../shared/model';

/** Line patterns, as dash and gap lengths in pixels at a line width of about 2. */
export const DASHES = {
  solid: [],
  dashed: [9, 5],
  dotted: [1, 5],
  dashdot: [11, 4, 1, 4],
} as const;
export type Dash = keyof typeof DASHES;

/** Arrowheads the chart, the legend and the exports can all draw (Cytoscape's names). */
export type ArrowShape =
  'triangle' | 'vee' | 'square' | 'circle' | 'diamond' | 'tee' | 'triangle-backcurve' | 'none';

export interface LinkStyle {
  colour: string;
  dash: Dash;
  /** At the target for directed kinds; at both ends for `rival_of` (opposed, not a direction). */
  arrow: ArrowShape;
  bothEnds?: boolean;
}

/**
 * Seven colours in families (harm, supply, phones, personal ties, membership, places, property),
 * then a dash pattern and an arrowhead each, so no two of the 17 kinds share a colour and a
 * pattern, and colour is never the only difference (WCAG 1.4.1). Every colour keeps at least
 * 4.5:1 contrast on white (1.4.11 asks 3:1 of graphics), checked in the tests.
 */
const HARM = '#B42318';
const SUPPLY = '#6B21A8';
const PHONES = '#8A5A00';
const TIES = '#1D4ED8';
const MEMBERSHIP = '#0E7490';
const PLACES = '#18794E';
const PROPERTY = '#475467';

export const LINK_STYLES: Record<LinkKind, LinkStyle> = {
  controls: { colour: HARM, dash: 'solid', arrow: 'triangle' },
  exploits: { colour: HARM, dash: 'dashed', arrow: 'vee' },
  cuckooed: { colour: HARM, dash: 'dotted', arrow: 'square' },
  supplies: { colour: SUPPLY, dash: 'solid', arrow: 'triangle' },
  runs_line: { colour: SUPPLY, dash: 'dashed', arrow: 'vee' },
  uses_phone: { colour: PHONES, dash: 'solid', arrow: 'circle' },
  calls: { colour: PHONES, dash: 'dotted', arrow: 'vee' },
  associate: { colour: TIES, dash: 'solid', arrow: 'none' },
  family: { colour: TIES, dash: 'dashdot', arrow: 'none' },
  co_offends: { colour: TIES, dash: 'dashed', arrow: 'none' },
  rival_of: { colour: TIES, dash: 'dotted', arrow: 'tee', bothEnds: true },
  member_of: { colour: MEMBERSHIP, dash: 'solid', arrow: 'triangle-backcurve' },
  resides_at: { colour: PLACES, dash: 'solid', arrow: 'triangle' },
  frequents: { colour: PLACES, dash: 'dashed', arrow: 'vee' },
  owns: { colour: PROPERTY, dash: 'solid', arrow: 'diamond' },
  uses_vehicle: { colour: PROPERTY, dash: 'dashed', arrow: 'circle' },
  employed_by: { colour: PROPERTY, dash: 'dotted', arrow: 'tee' },
};

/** Grey of the lines that combine several links between summarised groups. */
export const COMBINED_LINK_COLOUR = '#4B5563';

/** The style in words, for the legend's text alternative and the exports. */
export function describeLinkStyle(kind: LinkKind): string {
  const s = LINK_STYLES[kind];
  const line = s.dash === 'solid' ? 'solid' : s.dash === 'dashdot' ? 'dash-dot' : s.dash;
  const head =
    s.arrow === 'none'
      ? 'no arrow'
      : `${s.arrow.replace('-', ' ')} ${s.bothEnds ? 'at both ends' : 'arrowhead'}`;
  return `${line} line, ${head}`;
}

/** Whether the arrowhead shows a direction (rather than the opposition of `rival_of`). */
export function showsDirection(kind: LinkKind): boolean {
  return LINK_KINDS[kind].directed && LINK_STYLES[kind].arrow !== 'none';
}

/**
 * An arrowhead as an SVG path with its tip at (x, y), `size` pixels long, pointing right (or
 * left with `towards` -1). The same string draws in the SVG export and, through Path2D, in the
 * PNG export and the legend.
 */
export function arrowPath(shape: ArrowShape, x: number, y: number, size = 9, towards = 1): string {
  const h = size / 2;
  const at = (along: number) => x - towards * along;
  const b = at(size);
  switch (shape) {
    case 'triangle':
      return `M${x} ${y} L${b} ${y - h} L${b} ${y + h} Z`;
    case 'vee':
      return `M${x} ${y} L${b} ${y - h} L${at(size * 0.6)} ${y} L${b} ${y + h} Z`;
    case 'triangle-backcurve':
      return `M${x} ${y} L${b} ${y - h} Q${at(size * 0.55)} ${y} ${b} ${y + h} Z`;
    case 'square':
      return `M${x} ${y - h} L${at(size - 1)} ${y - h} L${at(size - 1)} ${y + h} L${x} ${y + h} Z`;
    case 'diamond':
      return `M${x} ${y} L${at(h)} ${y - h} L${b} ${y} L${at(h)} ${y + h} Z`;
    case 'circle':
      return `M${x} ${y} A${h} ${h} 0 1 0 ${b} ${y} A${h} ${h} 0 1 0 ${x} ${y} Z`;
    case 'tee':
      return `M${x} ${y - h} L${at(2.5)} ${y - h} L${at(2.5)} ${y + h} L${x} ${y + h} Z`;
    case 'none':
      return '';
  }
}
