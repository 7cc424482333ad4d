import type { Topology } from 'topojson-specification';
import type { Outline } from '../../../shared/geo';

let pending: Promise<Outline> | undefined;

/**
 * The Natural Earth countries (about 750 kB) and the code that projects them load on first use,
 * as their own chunk from the app's own files: nothing is fetched from the network, and the map
 * costs nothing until the geographic layout is chosen. Projected once per session.
 */
export function loadOutline(): Promise<Outline> {
  pending ??= Promise.all([
    import('world-atlas/countries-50m.json'),
    import('../../../shared/geo/outline'),
  ]).then(([atlas, geo]) => geo.ukOutline(atlas.default as unknown as Topology));
  // A failed load may be retried next time the layout is chosen.
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
