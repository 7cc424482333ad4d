import { SLOT } from './lattice';
import { projectLatLon } from './projection';
import type { Box, Point } from './types';

/** Where the strip goes when nothing has a place: the North Sea, so no town seems to hold it. */
const OFFSHORE = projectLatLon({ lat: 57, lon: 3 });
const GAP = 2 * SLOT.width;

/**
 * Positions for entities with no location and no link to one: a tidy block of columns to the
 * right (east) of everything placed on the map, top-aligned with it, at least as tall as it is
 * wide so a few hundred entities do not make a ribbon across the sea. Filled column by column.
 */
export function stripPositions(count: number, placed: Box | null): Point[] {
  if (count === 0) return [];
  const left = placed ? placed.x2 + GAP : OFFSHORE.x;
  const top = placed ? placed.y1 : OFFSHORE.y;
  const mapRows = placed ? Math.floor((placed.y2 - placed.y1) / SLOT.height) + 1 : 1;
  const rows = Math.min(count, Math.max(Math.ceil(Math.sqrt(count)), mapRows));
  return Array.from({ length: count }, (_, k) => ({
    x: left + Math.floor(k / rows) * SLOT.width,
    y: top + (k % rows) * SLOT.height,
  }));
}

export function boundsOf(points: Iterable<Point>): Box | null {
  let box: Box | null = null;
  for (const { x, y } of points) {
    if (!box) box = { x1: x, y1: y, x2: x, y2: y };
    else {
      if (x < box.x1) box.x1 = x;
      if (x > box.x2) box.x2 = x;
      if (y < box.y1) box.y1 = y;
      if (y > box.y2) box.y2 = y;
    }
  }
  return box;
}
