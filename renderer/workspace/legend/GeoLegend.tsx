import type { GeoPlacement } from '../../../shared/geo';
import { OUTLINE_ATTRIBUTION } from '../../../shared/geo';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The text alternative to the map drawn behind the chart (which is hidden from assistive
 * technology), and what the geographic layout did with entities it could not place.
 */
export function GeoLegend({ placement }: { placement: GeoPlacement }) {
  const { located, beside, inStrip, unusable } = placement;
  return (
    <>
      <h3>Map</h3>
      <ul className="legend-list">
        <li>
          <span className="legend-land" aria-hidden="true" />
          {OUTLINE_ATTRIBUTION}; Ireland paler, for context. Drawn from data inside Linchpin: no map
          is fetched.
        </li>
        <li>
          <span className="legend-blank" aria-hidden="true" />
          {count(located, 'place is', 'places are')} at their coordinates, to within a few
          kilometres (what shares a town is packed side by side).
        </li>
        <li>
          <span className="legend-blank" aria-hidden="true" />
          {count(beside, 'entity is', 'entities are')} beside the places they link to, directly or
          through others.
        </li>
        <li>
          <span className="legend-strip" aria-hidden="true" />
          {inStrip === 0
            ? 'Every entity is linked to a place.'
            : `${count(inStrip, 'entity has', 'entities have')} no location and no link to one: in the strip east of the map.`}
        </li>
        {unusable > 0 ? (
          <li>
            <span className="legend-blank" aria-hidden="true" />
            {count(unusable, 'location has', 'locations have')} coordinates that are incomplete or
            outside Europe, placed as if they had none.
          </li>
        ) : null}
        <li>
          <span className="legend-blank" aria-hidden="true" />
          Places come from latitude and longitude only; postcodes are not looked up.
        </li>
      </ul>
    </>
  );
}
