import { describe, expect, it } from 'vitest';
import type { GeoGraph, Point, RawCoordinates } from '../../../shared/geo';
import { SLOT, placeGeographically, projectLatLon } from '../../../shared/geo';

/** An exporting city and a market town about 70 km apart, in the West Midlands. */
const CITY = { lat: 52.48, lon: -1.89 };
const TOWN = { lat: 52.71, lon: -2.75 };

function chart(nodes: string[], edges: [string, string][]): GeoGraph {
  return {
    nodes: nodes.map((id) => ({ id })),
    edges: edges.map(([source, target]) => ({ source, target })),
  };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const at = (positions: ReadonlyMap<string, Point>, id: string): Point => {
  const p = positions.get(id);
  if (!p) throw new Error(`${id} was not placed`);
  return p;
};

/**
 * A county line: the controller lives in the city, the runner works from a trap house in the
 * town, the deal line is used by both, the controller's own phone only by him. A car and two
 * associates are known but tied to no place.
 */
const LINE = chart(
  [
    'cityFlat',
    'trapHouse',
    'controller',
    'runner',
    'dealLine',
    'personalPhone',
    'car',
    'associateA',
    'associateB',
    'badPlace',
  ],
  [
    ['controller', 'cityFlat'],
    ['runner', 'trapHouse'],
    ['controller', 'dealLine'],
    ['runner', 'dealLine'],
    ['controller', 'personalPhone'],
    ['associateA', 'associateB'],
    ['runner', 'badPlace'],
    // Recorded twice, and once as a self-loop: neither may pull anyone off course.
    ['controller', 'cityFlat'],
    ['runner', 'runner'],
  ],
);
const LINE_PLACES = new Map<string, RawCoordinates>([
  ['cityFlat', CITY],
  ['trapHouse', TOWN],
  ['badPlace', { lat: Number.NaN, lon: -2.7 }],
]);

describe('geographic placement', () => {
  const placed = placeGeographically(LINE, LINE_PLACES);
  const p = (id: string) => at(placed.positions, id);

  it('puts each place at its coordinates, to within one slot', () => {
    for (const [id, latLon] of [
      ['cityFlat', CITY],
      ['trapHouse', TOWN],
    ] as const) {
      const ideal = projectLatLon(latLon);
      expect(Math.abs(p(id).x - ideal.x)).toBeLessThanOrEqual(SLOT.width / 2);
      expect(Math.abs(p(id).y - ideal.y)).toBeLessThanOrEqual(SLOT.height / 2);
    }
    // The market town is north-west of the city.
    expect(p('trapHouse').x).toBeLessThan(p('cityFlat').x);
    expect(p('trapHouse').y).toBeLessThan(p('cityFlat').y);
  });

  it('draws people beside the places they link to, and phones beside their users', () => {
    const beside = Math.hypot(SLOT.width, SLOT.height);
    expect(distance(p('controller'), p('cityFlat'))).toBeLessThanOrEqual(beside);
    expect(distance(p('runner'), p('trapHouse'))).toBeLessThanOrEqual(beside);
    expect(distance(p('personalPhone'), p('controller'))).toBeLessThanOrEqual(beside);
    expect(distance(p('badPlace'), p('runner'))).toBeLessThanOrEqual(beside);
  });

  it('puts a deal line used in both places on the way between them', () => {
    const middle = {
      x: (p('controller').x + p('runner').x) / 2,
      y: (p('controller').y + p('runner').y) / 2,
    };
    expect(distance(p('dealLine'), middle)).toBeLessThanOrEqual(SLOT.width);
    const span = distance(p('cityFlat'), p('trapHouse'));
    expect(distance(p('dealLine'), p('cityFlat'))).toBeGreaterThan(span / 3);
    expect(distance(p('dealLine'), p('trapHouse'))).toBeGreaterThan(span / 3);
  });

  it('puts entities with no chain of links to a place in a strip east of the map', () => {
    const mapped = ['cityFlat', 'trapHouse', 'controller', 'runner', 'dealLine', 'personalPhone'];
    const east = Math.max(...mapped.map((id) => p(id).x));
    for (const id of ['car', 'associateA', 'associateB']) expect(p(id).x).toBeGreaterThan(east);
    expect(placed.strip).not.toBeNull();
    expect(placed.strip?.x1).toBeGreaterThan(east);
  });

  it('counts what it did, for the legend', () => {
    expect(placed).toMatchObject({ located: 2, beside: 5, inStrip: 3, unusable: 1 });
    expect(placed.positions.size).toBe(LINE.nodes.length);
  });

  it('gives every entity a slot of its own', () => {
    const slots = new Set([...placed.positions.values()].map(({ x, y }) => `${x},${y}`));
    expect(slots.size).toBe(LINE.nodes.length);
  });

  it('is deterministic', () => {
    const again = placeGeographically(LINE, new Map(LINE_PLACES));
    expect([...again.positions]).toEqual([...placed.positions]);
  });
});

describe('crowds and missing data', () => {
  it('rings a busy address with its residents, nearest first', () => {
    const residents = Array.from({ length: 30 }, (_, i) => `resident${i}`);
    const placed = placeGeographically(
      chart(
        ['home', ...residents],
        residents.map((r) => [r, 'home']),
      ),
      new Map([['home', TOWN]]),
    );
    const home = at(placed.positions, 'home');
    const distances = residents.map((r) => distance(at(placed.positions, r), home));
    // 30 slots around one fill a disc of about three slots' radius, with no gaps or overlaps.
    expect(Math.max(...distances)).toBeLessThan(4 * SLOT.width);
    expect(Math.min(...distances)).toBeGreaterThan(0);
    expect(new Set([...placed.positions.values()].map((q) => `${q.x},${q.y}`)).size).toBe(31);
  });

  it('never yields NaN, whatever the coordinates', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const places = new Map<string, RawCoordinates>([
      ['a', { lat: Number.NaN, lon: Number.NaN }],
      ['b', { lat: 91, lon: 0 }],
      ['c', { lat: 'north' as unknown as number, lon: -2 }],
      ['d', { lat: 0, lon: 0 }],
      ['e', {}],
    ]);
    const placed = placeGeographically(
      chart(ids, [
        ['a', 'b'],
        ['c', 'f'],
      ]),
      places,
    );
    expect(placed).toMatchObject({ located: 0, beside: 0, inStrip: 6, unusable: 4 });
    for (const { x, y } of placed.positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it('copes with an empty chart and with links to entities not on it', () => {
    expect(placeGeographically(chart([], []), new Map()).positions.size).toBe(0);
    const placed = placeGeographically(chart(['x'], [['x', 'gone']]), new Map([['x', CITY]]));
    expect(placed).toMatchObject({ located: 1, beside: 0, inStrip: 0 });
  });
});
