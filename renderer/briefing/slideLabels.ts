/**
 * Which labels a map slide draws, and where: the chart's own label plan (planLabels, keyCount,
 * LabelTier) on the slide's fixed drawing. The key entities (the most linked, as many as the
 * chart keeps labelled at any zoom) are labelled on every slide: below their node if there is
 * room, else above, right or left, else at the nearest free place with a leader line. The rest
 * are labelled where room is left. No label touches another. Pure: points in, labels out.
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
/** The drawing shows whole labels: beyond this width a label is cut with an ellipsis. */
const MAX_CHARS = Math.floor(LABEL_SETTINGS.maxWidth / (CHAR_WIDTH * PX));

const cut = (text: string) =>
  text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1).trimEnd()}…` : text;
const widthOf = (text: string) => text.length * CHAR_WIDTH * PX;

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
): SlideLabel[] {
  const inside = (b: Box) => b.x1 >= 0 && b.y1 >= 0 && b.x2 <= size.width && b.y2 <= size.height;
  const ranked = [...points].sort((a, b) => b.rank - a.rank || (a.id < b.id ? -1 : 1));
  const keys = new Set(ranked.slice(0, keyCount(points.length)).map((p) => p.id));
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
    text: cut(p.text),
    tier,
    rank: p.rank,
  });
  const accept = (p: SlidePoint, spot: Spot, leader: boolean) => {
    const text = cut(p.text);
    placed.set(p.id, {
      id: p.id,
      text,
      x: spot.x,
      top: spot.top,
      width: widthOf(text),
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
    const open = tries.filter(({ p, spot }) => inside(boxOf(spot, widthOf(cut(p.text)))));
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
        .map((p) => ({ p, spot: besideSpots(p, widthOf(cut(p.text)))[side]! })),
      LabelTier.Key,
      false,
    );
  for (const p of keyPoints) {
    if (placed.has(p.id)) continue;
    const width = widthOf(cut(p.text));
    const taken = [...placed.values()].map((l) => boxOf(l, l.width));
    const spot = farSpots(p).find((s) => {
      const b = boxOf(s, width);
      return inside(b) && !taken.some((t) => overlap(t, b));
    });
    if (spot) round([{ p, spot }], LabelTier.Key, true);
  }
  round(
    ranked
      .filter((p) => !keys.has(p.id))
      .map((p) => ({ p, spot: besideSpots(p, widthOf(cut(p.text)))[0]! })),
    LabelTier.Other,
    false,
  );
  return [...placed.values()];
}
