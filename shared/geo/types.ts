/** A point in chart coordinates: y grows southwards, as on screen. */
export interface Point {
  x: number;
  y: number;
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** Coordinates as a record holds them: possibly half there, or not numbers at all. */
export interface RawCoordinates {
  lat?: unknown;
  lon?: unknown;
}

/** Only the topology the placement needs; the chart's own nodes and edges fit this shape. */
export interface GeoGraph {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The UK outline as SVG path data in chart coordinates (shared/geo/outline.ts, loaded lazily). */
export interface Outline {
  /** The UK and the Crown Dependencies. */
  uk: string;
  /** Ireland, drawn paler, for context. */
  context: string;
  /** Around both. */
  bounds: Box;
}
