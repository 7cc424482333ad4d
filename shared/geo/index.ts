export type { Box, GeoGraph, LatLon, Outline, Point, RawCoordinates } from './types';
export { UNITS_PER_KM, projectLatLon, ukProjection } from './projection';
export { MAP_AREA, placesOf, usableLatLon } from './coordinates';
export type { CoordinateCheck } from './coordinates';
export { SLOT, SlotLattice } from './lattice';
export { placeGeographically } from './placeGeographically';
export type { GeoPlacement } from './placeGeographically';
export { OUTLINE_ATTRIBUTION } from './attribution';
