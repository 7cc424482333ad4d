/**
 * Which node labels to draw, like a chart rather than a scatter plot: the most important first,
 * each only where it has room, none on top of another. Pure: screen geometry in, ids out.
 */

/** How sure a label is to be drawn, highest first. */
export const LabelTier = {
  /** Selected or just found by search: drawn whatever else is there. */
  Focus: 3,
  /** Pinned by the analyst or among the highest-ranked: drawn at any zoom, if it has room. */
  Key: 2,
  /** Everything else: drawn once readable, where it has room. */
  Other: 1,
} as const;
export type LabelTier = (typeof LabelTier)[keyof typeof LabelTier];

export interface LabelCandidate {
  id: string;
  /** Model position of the node's centre and its radius, in model units. */
  x: number;
  y: number;
  radius: number;
  text: string;
  tier: LabelTier;
  /** Within a tier, bigger first (degree, or the measure analysis sized nodes by). */
  rank: number;
}

export interface LabelView {
  zoom: number;
  /** The visible part of the chart, in model units. */
  extent: { x1: number; y1: number; x2: number; y2: number };
}

export interface LabelSettings {
  /** The label font size in model units, as the stylesheet draws it. */
  fontSize: number;
  /** Longest label in model units before it is cut with an ellipsis. */
  maxWidth: number;
  /** Other labels are drawn at least this big on screen, where they have room... */
  otherPx: number;
  /** ...once zoomed in at least this far (further out only key labels are drawn). */
  otherMinZoom: number;
  /** Key labels are drawn at least this big on screen, growing in model units as you zoom out. */
  keyPx: number;
  /** Gap kept between two labels, in screen pixels. */
  gapPx: number;
}

export const LABEL_SETTINGS: LabelSettings = {
  fontSize: 12,
  maxWidth: 150,
  otherPx: 9,
  otherMinZoom: 0.35,
  keyPx: 11,
  gapPx: 3,
};

export interface PlannedLabel {
  /** Font size and maximum width in model units, so the label reads at `keyPx` on screen. */
  fontSize: number;
  maxWidth: number;
}

/** Average advance of a character of the UI font, as a share of its size. */
const CHAR_WIDTH = 0.58;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A coarse grid of accepted boxes, so each overlap test looks at a few neighbours only. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();
  constructor(private readonly size: number) {}

  private keys(b: Box): string[] {
    const out: string[] = [];
    for (let i = Math.floor(b.x1 / this.size); i <= Math.floor(b.x2 / this.size); i++)
      for (let j = Math.floor(b.y1 / this.size); j <= Math.floor(b.y2 / this.size); j++)
        out.push(`${i}:${j}`);
    return out;
  }

  overlaps(b: Box): boolean {
    return this.keys(b).some((k) =>
      (this.cells.get(k) ?? []).some(
        (o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2,
      ),
    );
  }

  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
}

/**
 * The labels to draw in this view. Focus labels always; then key labels, then the rest, each
 * in rank order and only where its box (in screen pixels, under its node) touches no box already
 * placed. Nodes off screen are left out: their labels cannot be seen anyway.
 */
export function planLabels(
  candidates: readonly LabelCandidate[],
  view: LabelView,
  settings: LabelSettings = LABEL_SETTINGS,
): Map<string, PlannedLabel> {
  const { zoom, extent } = view;
  const order = candidates
    .filter((c) => c.x >= extent.x1 && c.x <= extent.x2 && c.y >= extent.y1 && c.y <= extent.y2)
    .sort((a, b) => b.tier - a.tier || b.rank - a.rank || (a.id < b.id ? -1 : 1));
  const grid = new BoxGrid(96);
  const shown = new Map<string, PlannedLabel>();
  const normalPx = settings.fontSize * zoom;
  for (const c of order) {
    const key = c.tier >= LabelTier.Key;
    if (!key && zoom < settings.otherMinZoom) continue;
    const px = Math.max(key ? settings.keyPx : settings.otherPx, normalPx);
    const scale = px / normalPx;
    const width = Math.min(c.text.length * CHAR_WIDTH * px, settings.maxWidth * zoom * scale);
    const sx = (c.x - view.extent.x1) * zoom;
    const top = (c.y - view.extent.y1) * zoom + c.radius * zoom + 3;
    const gap = settings.gapPx;
    const box = {
      x1: sx - width / 2 - gap,
      x2: sx + width / 2 + gap,
      y1: top - gap,
      y2: top + px * 1.3 + gap,
    };
    if (c.tier !== LabelTier.Focus && grid.overlaps(box)) continue;
    grid.add(box);
    shown.set(c.id, {
      fontSize: settings.fontSize * scale,
      maxWidth: settings.maxWidth * scale,
    });
  }
  return shown;
}

/** How many of the highest-ranked entities keep their labels at any zoom: about one in twelve. */
export function keyCount(nodes: number): number {
  return Math.min(40, Math.max(12, Math.round(nodes * 0.08)));
}
