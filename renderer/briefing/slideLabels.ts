/**
 * Which labels a map slide draws, and where: the chart's own label plan (planLabels, keyCount,
 * LabelTier) on the slide's fixed drawing. The key entities (the most linked, as many as the
 * chart keeps labelled at any zoom) are labelled on every slide: below their node if there is
 * room, else above, right or left, else at the nearest free place with a leader line. The rest
 * are labelled where room is left. No label touches another. Pure: points in, labels out;
 * the screen hands in the browser's own text measure (textMeasure.ts), tests the estimate.
 */
import {
  keyCount,
  LABEL_SETTINGS,
  LabelTier,
  planLabels,
  type LabelCandidate,
} from '../workspace/labels/labelPlan';

export interface SlidePoint {
  id: string;
  text: string;
  /** Centre of the node on the slide, in its drawing units. */
  x: number;
  y: number;
  /** Bigger first: degree on the slide. */
  rank: number;
}

export interface SlideLabel {
  id: string;
  text: string;
  /** Centre of the label and top of its box, in drawing units. */
  x: number;
  top: number;
  width: number;
  height: number;
  fontSize: number;
  key: boolean;
  /** Placed away from its node: drawn with a line to it. */
  leader: boolean;
}

export const SLIDE_NODE_RADIUS = 7;
const PX = LABEL_SETTINGS.fontSize;
const GAP = LABEL_SETTINGS.gapPx;
const HEIGHT = PX * 1.3;
/** Average advance of a character as a share of the font size, as the label plan assumes. */
const CHAR_WIDTH = 0.58;
const MAX_WIDTH = LABEL_SETTINGS.maxWidth;

/** How wide a label's text is drawn, in drawing units at the label font size. */
export type TextMeasure = (text: string, key: boolean) => number;
/** The label plan's own estimate, where no browser can measure (tests, workers). */
export const estimatedWidth: TextMeasure = (text) => text.length * CHAR_WIDTH * PX;

/**
 * planLabels sizes a label by its number of characters: a label is planned as a stand-in of as
 * many characters as its drawn width needs, so its planned box is never narrower than its text.
 */
const CHAR = CHAR_WIDTH * PX;
const plannedWidth = (width: number) => Math.ceil(width / CHAR - 1e-9) * CHAR;
const standIn = (width: number) => 'x'.repeat(Math.round(plannedWidth(width) / CHAR));

interface Spot {
  x: number;
  top: number;
}
type Box = { x1: number; y1: number; x2: number; y2: number };

function boxOf(spot: Spot, width: number): Box {
  return {
    x1: spot.x - width / 2 - GAP,
    x2: spot.x + width / 2 + GAP,
    y1: spot.top - GAP,
    y2: spot.top + HEIGHT + GAP,
  };
}
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Below, above, right and left of the node: the places a reader looks for its name. */
function besideSpots(p: SlidePoint, width: number): Spot[] {
  const r = SLIDE_NODE_RADIUS;
  const middle = p.y - HEIGHT / 2;
  return [
    { x: p.x, top: p.y + r + 3 },
    { x: p.x, top: p.y - r - 3 - HEIGHT },
    { x: p.x + r + 4 + width / 2 + GAP, top: middle },
    { x: p.x - r - 4 - width / 2 - GAP, top: middle },
  ];
}

/** Places ever further from the node, nearest first, for a label that found no room beside it. */
function farSpots(p: SlidePoint): Spot[] {
  const out: Spot[] = [];
  for (let d = 24; d < 1200; d += 10)
    for (let i = 0; i < 16; i++) {
      const a = (2 * Math.PI * i) / 16;
      out.push({ x: p.x + d * Math.cos(a), top: p.y + d * Math.sin(a) - HEIGHT / 2 });
    }
  return out;
}

export function slideLabels(
  points: readonly SlidePoint[],
  size: { width: number; height: number },
  measure: TextMeasure = estimatedWidth,
): SlideLabel[] {
  const inside = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= size.width && b.y2 <= size.height;
  const ranked = [...points].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
  const keys = new Set(ranked.slice(0, keyCount(points.length)).map((p) => p.id));
  // Each label's text (cut with an ellipsis beyond the plan's widest), its drawn width and the
  // width it is planned with, worked out once.
  const fitted = new Map<string, { text: string; width: number; planned: number }>();
  for (const p of points) {
    const key = keys.has(p.id);
    let text = p.text;
    while (text.length > 1 && measure(text, key) > MAX_WIDTH)
      text = `${text.slice(0, text.endsWith('…') ? -2 : -1).trimEnd()}…`;
    const width = Math.min(measure(text, key), MAX_WIDTH);
    fitted.set(p.id, { text, width, planned: plannedWidth(width) });
  }
  const cut = (p: { id: string }) => fitted.get(p.id)!;
  const placed = new Map<string, SlideLabel>();
  const view = {
    zoom: 1,
    extent: { x1: -size.width, y1: -size.height, x2: 2 * size.width, y2: 2 * size.height },
  };

  // planLabels puts a label under a node at (x, y): the node that would put it at `spot`.
  const candidate = (p: SlidePoint, spot: Spot, tier: LabelTier): LabelCandidate => ({
    id: p.id,
    x: spot.x,
    y: spot.top - SLIDE_NODE_RADIUS - 3,
    radius: SLIDE_NODE_RADIUS,
    text: standIn(cut(p).width),
    tier,
    rank: p.rank,
  });
  const accept = (p: SlidePoint, spot: Spot, leader: boolean) => {
    const { text, width } = cut(p);
    placed.set(p.id, {
      id: p.id,
      text,
      x: spot.x,
      top: spot.top,
      width,
      height: HEIGHT,
      fontSize: PX,
      key: keys.has(p.id),
      leader,
    });
  };
  /** One round of the chart's plan: what is placed stays put (Focus), the rest compete by rank. */
  const round = (tries: { p: SlidePoint; spot: Spot }[], tier: LabelTier, leader: boolean) => {
    const fixed = [...placed.values()].map((l) =>
      candidate({ id: l.id, text: l.text, x: l.x, y: 0, rank: 0 }, l, LabelTier.Focus),
    );
    const open = tries.filter(({ p, spot }) => inside(boxOf(spot, cut(p).planned)));
    const shown = planLabels(
      [...fixed, ...open.map(({ p, spot }) => candidate(p, spot, tier))],
      view,
    );
    for (const { p, spot } of open)
      if (shown.has(p.id) && !placed.has(p.id)) accept(p, spot, leader);
  };

  const keyPoints = ranked.filter((p) => keys.has(p.id));
  for (let side = 0; side < 4; side++)
    round(
      keyPoints
        .filter((p) => !placed.has(p.id))
        .map((p) => ({ p, spot: besideSpots(p, cut(p).planned)[side]! })),
      LabelTier.Key,
      false,
    );
  for (const p of keyPoints) {
    const width = cut(p).planned;
    const taken = [...placed.values()].map((l) => boxOf(l, cut(l).planned));
    for (const spot of farSpots(p)) {
      if (placed.has(p.id)) break;
      const b = boxOf(spot, width);
      if (inside(b) && !taken.some((t) => overlap(t, b))) round([{ p, spot }], LabelTier.Key, true);
    }
  }
  round(
    ranked
      .filter((p) => !keys.has(p.id))
      .map((p) => ({ p, spot: besideSpots(p, cut(p).planned)[0]! })),
    LabelTier.Other,
    false,
  );
  return [...placed.values()];
}
