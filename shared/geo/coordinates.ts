import type { Entity } from '../model';
import type { LatLon, RawCoordinates } from './types';

/**
 * Where coordinates are believed: Europe, roughly. A point far outside (0,0 from an empty
 * spreadsheet cell, a swapped latitude and longitude) would stretch the chart across the world
 * and shrink every node to a dot, so such a location is placed as if it had no coordinates.
 */
export const MAP_AREA = { south: 34, north: 72, west: -32, east: 40 } as const;

export type CoordinateCheck = { usable: true; latLon: LatLon } | { usable: false };

export function usableLatLon(raw: RawCoordinates | undefined): CoordinateCheck {
  const lat = raw?.lat;
  const lon = raw?.lon;
  if (typeof lat !== 'number' || typeof lon !== 'number') return { usable: false };
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return { usable: false };
  if (lat < MAP_AREA.south || lat > MAP_AREA.north) return { usable: false };
  if (lon < MAP_AREA.west || lon > MAP_AREA.east) return { usable: false };
  return { usable: true, latLon: { lat, lon } };
}

/** The coordinates recorded on each location, usable or not; other kinds carry none. */
export function placesOf(entities: Iterable<Entity>): Map<string, RawCoordinates> {
  const places = new Map<string, RawCoordinates>();
  for (const entity of entities) {
    if (entity.kind !== 'location') continue;
    const { lat, lon } = entity.attrs;
    if (lat !== undefined || lon !== undefined) places.set(entity.id, { lat, lon });
  }
  return places;
}
