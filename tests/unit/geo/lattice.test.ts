import { describe, expect, it } from 'vitest';
import type { Point } from '../../../shared/geo';
import { SLOT, SlotLattice } from '../../../shared/geo';
import { seededRandom } from '../../../shared/demo/deterministic';

/** The obvious version: every slot near the origin, nearest first in the lattice's own order. */
function bruteNearestFree(taken: Set<string>, ideal: Point): Point {
  const oi = Math.round(ideal.x / SLOT.width);
  const oj = Math.round(ideal.y / SLOT.height);
  let best: { i: number; j: number; d: number } | null = null;
  for (let dj = -50; dj <= 50; dj++) {
    for (let di = -50; di <= 50; di++) {
      if (taken.has(`${oi + di},${oj + dj}`)) continue;
      const d = (di * SLOT.width) ** 2 + (dj * SLOT.height) ** 2;
      const better =
        !best ||
        d < best.d ||
        (d === best.d && (dj < best.j - oj || (dj === best.j - oj && di < best.i - oi)));
      if (better) best = { i: oi + di, j: oj + dj, d };
    }
  }
  if (!best) throw new Error('no free slot in range');
  taken.add(`${best.i},${best.j}`);
  return { x: best.i * SLOT.width, y: best.j * SLOT.height };
}

describe('slot lattice', () => {
  it('hands out the nearest free slot, as a search of every slot would', () => {
    // Crowded enough that searches run past the first offsets' radius and the list regrows.
    const random = seededRandom(7);
    const lattice = new SlotLattice({ x1: 0, y1: 0, x2: 1000, y2: 1000 }, 10);
    const taken = new Set<string>();
    for (let k = 0; k < 1500; k++) {
      const ideal = { x: random() * 1000, y: random() * 1000 };
      expect(lattice.take(ideal)).toEqual(bruteNearestFree(taken, ideal));
    }
  });

  it('works beyond the area it was sized for', () => {
    const lattice = new SlotLattice(null, 0);
    const first = lattice.take({ x: 5000, y: -5000 });
    const second = lattice.take({ x: 5000, y: -5000 });
    expect(first).toEqual({
      x: Math.round(5000 / SLOT.width) * SLOT.width,
      y: Math.round(-5000 / SLOT.height) * SLOT.height,
    });
    expect(second).not.toEqual(first);
  });
});
