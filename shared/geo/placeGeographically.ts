import { chartCsr, hopsFromLocated } from './adjacency';
import { usableLatLon } from './coordinates';
import { SlotLattice } from './lattice';
import { projectLatLon } from './projection';
import { boundsOf, stripPositions } from './strip';
import type { Box, GeoGraph, Point, RawCoordinates } from './types';

export interface GeoPlacement {
  positions: Map<string, Point>;
  /** Locations drawn at their own coordinates. */
  located: number;
  /** Entities without coordinates drawn beside the places they link to, directly or through others. */
  beside: number;
  /** Entities with no location and no chain of links to one: in the strip beside the map. */
  inStrip: number;
  /** Locations whose coordinates are half missing, not numbers, or outside the map's area. */
  unusable: number;
  /** Around the strip, for its caption; null when nothing is in it. */
  strip: Box | null;
}

/**
 * Places the chart on the map in one pass over nodes and links (plus the slot searches, which
 * cost more the more crowded a town is: about 10-25 ms for 5,000 entities in two towns):
 * 1. each location with usable coordinates goes to the free slot nearest its projected point,
 *    the busiest places first so the places most of the network hangs on keep their spot;
 * 2. right after a place, whatever links to it (and whatever links only to those) is placed
 *    around it: a node n hops from the nearest place waits until all its neighbours n-1 hops
 *    out are placed, then takes the free slot nearest their mean. A phone used only by people
 *    thus lands beside its users, and they beside their addresses. A person linked to addresses
 *    in two towns sits between them, on the line the county line runs along;
 * 3. the rest, with no chain of links to any place, fill a strip to the east of the map.
 * Deterministic: the same chart and coordinates give the same positions.
 */
export function placeGeographically(
  graph: GeoGraph,
  places: ReadonlyMap<string, RawCoordinates>,
): GeoPlacement {
  const csr = chartCsr(graph);
  const n = csr.n;
  const ideal: Point[] = [];
  const located: number[] = [];
  let unusable = 0;
  graph.nodes.forEach(({ id }, i) => {
    const raw = places.get(id);
    if (!raw || (raw.lat === undefined && raw.lon === undefined)) return;
    const check = usableLatLon(raw);
    if (!check.usable) {
      unusable += 1;
      return;
    }
    ideal[i] = projectLatLon(check.latLon);
    located.push(i);
  });
  const hops = hopsFromLocated(csr, located);
  const links = (i: number) => csr.offsets[i + 1]! - csr.offsets[i]!;
  located.sort(
    (a, b) =>
      links(b) - links(a) || ideal[a]!.y - ideal[b]!.y || ideal[a]!.x - ideal[b]!.x || a - b,
  );

  // How many neighbours one hop nearer a place each node waits for, and the sum of their positions.
  const waiting = new Int32Array(n);
  const nearer = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (hops[v]! <= 0) continue;
    for (let p = csr.offsets[v]!; p < csr.offsets[v + 1]!; p++) {
      if (hops[csr.targets[p]!] === hops[v]! - 1) nearer[v]! += 1;
    }
    waiting[v] = nearer[v]!;
  }
  const sumX = new Float64Array(n);
  const sumY = new Float64Array(n);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  // n entities crowding one spot fill a disc about √n slots across.
  const lattice = new SlotLattice(boundsOf(located.map((i) => ideal[i]!)), Math.sqrt(n) + 4);
  const queue = new Int32Array(n);
  const put = (i: number, at: Point) => {
    xs[i] = at.x;
    ys[i] = at.y;
  };

  for (const place of located) {
    put(place, lattice.take(ideal[place]!));
    let head = 0;
    let tail = 0;
    queue[tail++] = place;
    while (head < tail) {
      const u = queue[head++]!;
      for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
        const v = csr.targets[p]!;
        if (hops[v] !== hops[u]! + 1) continue;
        sumX[v]! += xs[u]!;
        sumY[v]! += ys[u]!;
        waiting[v]! -= 1;
        if (waiting[v] !== 0) continue;
        put(v, lattice.take({ x: sumX[v]! / nearer[v]!, y: sumY[v]! / nearer[v]! }));
        queue[tail++] = v;
      }
    }
  }

  const positions = new Map<string, Point>();
  const unplaced: string[] = [];
  for (let i = 0; i < n; i++) {
    if (hops[i] === -1) unplaced.push(csr.ids[i]!);
    else positions.set(csr.ids[i]!, { x: xs[i]!, y: ys[i]! });
  }
  const strip = stripPositions(unplaced.length, boundsOf(positions.values()));
  unplaced.forEach((id, k) => positions.set(id, strip[k]!));
  return {
    positions,
    located: located.length,
    beside: n - located.length - unplaced.length,
    inStrip: unplaced.length,
    unusable,
    strip: boundsOf(strip),
  };
}
