import type { Box, Point } from './types';

/**
 * One slot per entity: wide enough for two labels side by side (the chart cuts them at 150
 * units), tall enough for a 40-unit node with its label under it. Entities of one town share
 * the town's few kilometres, so each takes the free slot nearest where geography would put it.
 */
export const SLOT = { width: 160, height: 90 } as const;

/** Frontier slots are filed in buckets of 5 × 9 slots, about 800 chart units a side. */
const BUCKET = { columns: 5, rows: 9 } as const;
const TAKEN = 1;
const FRONTIER = 2;

/** Packs a column and row into one number, for map keys. */
const BIAS = 1 << 20;
const key = (i: number, j: number) => (i + BIAS) * 2 * BIAS + (j + BIAS);
/** How many slots lie between `at` and the run of slots lo..hi. */
const gap = (at: number, lo: number, hi: number) => (at < lo ? lo - at : at > hi ? at - hi : 0);

/**
 * A grid of slots handed out nearest-first (by distance, then row, then column, so ties break
 * the same way every time). The nearest free slot to a taken one always borders a taken slot
 * (the step from it towards the origin is nearer, so it is taken), so only that frontier is
 * searched: filed in buckets, scanned outwards ring by ring until no nearer bucket is left.
 * A search from the middle of a crowded town then costs a few dozen bucket look-ups instead of
 * a walk over every taken slot out to the town's edge.
 */
export class SlotLattice {
  private readonly i0: number;
  private readonly j0: number;
  private readonly columns: number;
  private readonly rows: number;
  /** State of each slot over the area in use (0 free, TAKEN, FRONTIER); `beyond` for the rest. */
  private readonly grid: Uint8Array;
  private readonly beyond = new Map<number, number>();
  /** Frontier slots of each bucket, as column, row, column, row… */
  private readonly buckets = new Map<number, number[]>();

  /** `area`: where searches will start, in chart units; `spill`: slots they may run beyond it. */
  constructor(area: Box | null, spill: number) {
    const margin = Math.ceil(spill);
    this.i0 = area ? Math.floor(area.x1 / SLOT.width) - margin : 0;
    this.j0 = area ? Math.floor(area.y1 / SLOT.height) - margin : 0;
    this.columns = area ? Math.ceil(area.x2 / SLOT.width) + margin - this.i0 + 1 : 0;
    this.rows = area ? Math.ceil(area.y2 / SLOT.height) + margin - this.j0 + 1 : 0;
    this.grid = new Uint8Array(this.columns * this.rows);
  }

  take(ideal: Point): Point {
    const oi = Math.round(ideal.x / SLOT.width);
    const oj = Math.round(ideal.y / SLOT.height);
    const [i, j] = this.state(oi, oj) === TAKEN ? this.nearestFree(oi, oj) : [oi, oj];
    this.claim(i, j);
    return { x: i * SLOT.width, y: j * SLOT.height };
  }

  private nearestFree(oi: number, oj: number): [number, number] {
    const bi = Math.floor(oi / BUCKET.columns);
    const bj = Math.floor(oj / BUCKET.rows);
    let bestD = Infinity;
    let bestDi = 0;
    let bestDj = 0;
    for (let r = 0; ; r++) {
      // Every slot in ring r of buckets is at least this far from the origin.
      const least =
        r === 0
          ? 0
          : Math.min(
              ((r - 1) * BUCKET.columns + 1) * SLOT.width,
              ((r - 1) * BUCKET.rows + 1) * SLOT.height,
            );
      if (least * least > bestD) return [oi + bestDi, oj + bestDj];
      for (let dbj = -r; dbj <= r; dbj++) {
        const edge = dbj === -r || dbj === r;
        for (let dbi = -r; dbi <= r; dbi += edge ? 1 : 2 * r) {
          const ci = (bi + dbi) * BUCKET.columns;
          const cj = (bj + dbj) * BUCKET.rows;
          const gx = gap(oi, ci, ci + BUCKET.columns - 1) * SLOT.width;
          const gy = gap(oj, cj, cj + BUCKET.rows - 1) * SLOT.height;
          if (gx * gx + gy * gy > bestD) continue;
          const list = this.buckets.get(key(bi + dbi, bj + dbj));
          if (!list) continue;
          for (let k = list.length - 2; k >= 0; k -= 2) {
            const i = list[k]!;
            const j = list[k + 1]!;
            if (this.state(i, j) === TAKEN) {
              const last = list.length - 2;
              list[k] = list[last]!;
              list[k + 1] = list[last + 1]!;
              list.length = last;
              continue;
            }
            const di = i - oi;
            const dj = j - oj;
            const d = (di * SLOT.width) ** 2 + (dj * SLOT.height) ** 2;
            if (d < bestD || (d === bestD && (dj < bestDj || (dj === bestDj && di < bestDi)))) {
              bestD = d;
              bestDi = di;
              bestDj = dj;
            }
          }
        }
      }
    }
  }

  /** Marks the slot taken and files its free neighbours as frontier. */
  private claim(i: number, j: number): void {
    this.setState(i, j, TAKEN);
    for (let dj = -1; dj <= 1; dj++) {
      for (let di = -1; di <= 1; di++) {
        const ni = i + di;
        const nj = j + dj;
        if (this.state(ni, nj) !== 0) continue;
        this.setState(ni, nj, FRONTIER);
        const bucket = key(Math.floor(ni / BUCKET.columns), Math.floor(nj / BUCKET.rows));
        const list = this.buckets.get(bucket);
        if (list) list.push(ni, nj);
        else this.buckets.set(bucket, [ni, nj]);
      }
    }
  }

  private state(i: number, j: number): number {
    const c = i - this.i0;
    const r = j - this.j0;
    if (c >= 0 && c < this.columns && r >= 0 && r < this.rows)
      return this.grid[r * this.columns + c]!;
    return this.beyond.get(key(i, j)) ?? 0;
  }

  private setState(i: number, j: number, state: number): void {
    const c = i - this.i0;
    const r = j - this.j0;
    if (c >= 0 && c < this.columns && r >= 0 && r < this.rows)
      this.grid[r * this.columns + c] = state;
    else this.beyond.set(key(i, j), state);
  }
}
