/**
 * Arranging entities by hand, as an analyst does in a chart tool: align a selection on a line,
 * spread it evenly, and find the entity that lies in a direction for keyboard selection. Pure.
 */
export type Position = { x: number; y: number };

export const ARRANGEMENTS = [
  { id: 'left', label: 'Align left edges' },
  { id: 'centre', label: 'Align centres (vertical line)' },
  { id: 'right', label: 'Align right edges' },
  { id: 'top', label: 'Align tops' },
  { id: 'middle', label: 'Align middles (horizontal line)' },
  { id: 'bottom', label: 'Align bottoms' },
  { id: 'spread-x', label: 'Distribute evenly across' },
  { id: 'spread-y', label: 'Distribute evenly down' },
] as const;
export type Arrangement = (typeof ARRANGEMENTS)[number]['id'];

/**
 * New places for `positions` (node centres). Nodes are taken as equal circles, so aligning
 * edges aligns centres too; spreading keeps the two outermost where they are and spaces the
 * rest evenly between them, in their present order.
 */
export function arrange(
  positions: ReadonlyMap<string, Position>,
  how: Arrangement,
): Map<string, Position> {
  const entries = [...positions.entries()];
  const out = new Map<string, Position>();
  if (entries.length < 2) return new Map(positions);
  const xs = entries.map(([, p]) => p.x);
  const ys = entries.map(([, p]) => p.y);
  const lineX = { left: Math.min(...xs), centre: mean(xs), right: Math.max(...xs) };
  const lineY = { top: Math.min(...ys), middle: mean(ys), bottom: Math.max(...ys) };
  if (how === 'left' || how === 'centre' || how === 'right') {
    for (const [id, p] of entries) out.set(id, { x: lineX[how], y: p.y });
  } else if (how === 'top' || how === 'middle' || how === 'bottom') {
    for (const [id, p] of entries) out.set(id, { x: p.x, y: lineY[how] });
  } else {
    const axis = how === 'spread-x' ? 'x' : 'y';
    const sorted = [...entries].sort((a, b) => a[1][axis] - b[1][axis]);
    const first = sorted[0]![1][axis];
    const step = (sorted[sorted.length - 1]![1][axis] - first) / (sorted.length - 1);
    sorted.forEach(([id, p], i) => out.set(id, { ...p, [axis]: first + i * step }));
  }
  return out;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

const UNIT: Record<Direction, Position> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/**
 * The entity an arrow key moves to: the nearest one within 60 degrees of the direction, where
 * straying off the line counts double, so "right" prefers what is level to the right.
 */
export function nearestInDirection(
  from: Position,
  candidates: Iterable<readonly [string, Position]>,
  direction: Direction,
): string | undefined {
  const u = UNIT[direction];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [id, p] of candidates) {
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * u.x + dy * u.y;
    const across = Math.abs(dx * u.y - dy * u.x);
    // Ahead, and within 60 degrees of the direction (tan 60 ≈ 1.732).
    if (along <= 0 || across > along * 1.732) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** The entity nearest a point: where keyboard selection starts when nothing is selected. */
export function nearestTo(
  point: Position,
  candidates: Iterable<readonly [string, Position]>,
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [id, p] of candidates) {
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d < bestDistance) {
      bestDistance = d;
      best = id;
    }
  }
  return best;
}
