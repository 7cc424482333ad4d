/**
 * The UK outline for the geographic layout, as SVG path data in chart coordinates. Kept out of
 * the package index: the renderer imports it lazily, together with the Natural Earth data, so
 * neither is in the bundle until a map is drawn.
 */
import { geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ukProjection } from './projection';
import type { Outline } from './types';

/** ISO 3166 numeric codes, as Natural Earth's countries carry them. */
const UK = ['826'];
/** Crown Dependencies: not the UK, but police there work with UK forces and a map without them looks wrong. */
const CROWN_DEPENDENCIES = ['833', '831', '832'];
/** Drawn paler, for context: Northern Ireland's border and the sea routes make sense with it. */
const CONTEXT = ['372'];

/** The countries object of a world-atlas topology, reduced to the UK and its neighbours. */
export function ukOutline(topology: Topology): Outline {
  const countries = topology.objects['countries'] as GeometryCollection | undefined;
  if (!countries) throw new Error('geo: the atlas has no countries object.');
  const collection = feature(topology, countries);
  const pick = (ids: readonly string[]): GeoPermissibleObjects => ({
    type: 'FeatureCollection',
    features: collection.features.filter((f) => ids.includes(String(f.id))),
  });
  // Whole chart units: a unit is 50 m, far finer than Natural Earth's 1:50m coastline.
  const path = geoPath(ukProjection()).digits(0);
  const [[x1, y1], [x2, y2]] = path.bounds(pick([...UK, ...CROWN_DEPENDENCIES, ...CONTEXT]));
  return {
    uk: path(pick([...UK, ...CROWN_DEPENDENCIES])) ?? '',
    context: path(pick(CONTEXT)) ?? '',
    bounds: { x1, y1, x2, y2 },
  };
}
