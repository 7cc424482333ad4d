import type { GeoProjection } from 'd3-geo';
import { geoTransverseMercator } from 'd3-geo';
import type { LatLon, Point } from './types';

/**
 * Chart units per kilometre on the ground. A node is 40 units across, so the UK is about 24,000
 * units tall: the whole country still fits the screen at the chart's smallest zoom (0.05), and
 * two towns 90 km apart stand 1,800 units apart, far enough for a county line to read between
 * the clusters of entities around each.
 */
export const UNITS_PER_KM = 20;
const EARTH_RADIUS_KM = 6371;

/** Chart origin: 2°W, 54.5°N, near the middle of Great Britain. */
const ORIGIN_LON = -2;
const ORIGIN_LAT = 54.5;

/**
 * Transverse Mercator on 2°W, the British National Grid's central meridian, so shapes and
 * distances are true to well under 1% across Great Britain. Fixed, not fitted to the data: the
 * outline and every saved geographic view then share one coordinate system.
 */
export function ukProjection(): GeoProjection {
  return geoTransverseMercator()
    .rotate([-ORIGIN_LON, -ORIGIN_LAT])
    .scale(EARTH_RADIUS_KM * UNITS_PER_KM)
    .translate([0, 0]);
}

const projection = ukProjection();

/** Chart position of a latitude and longitude; check them first with `usableLatLon`. */
export function projectLatLon({ lat, lon }: LatLon): Point {
  const [x, y] = projection([lon, lat]) ?? [Number.NaN, Number.NaN];
  return { x, y };
}
