import { useMemo } from 'react';
import type { GeoPlacement } from '../../../shared/geo';
import { placeGeographically, placesOf } from '../../../shared/geo';
import type { Entity } from '../../../shared/model';
import type { ChartElements } from '../elements';

/**
 * Where the geographic layout puts what the chart shows, while that layout is chosen. Cheap
 * enough for the main thread (10-25 ms for 5,000 entities once warm), worked out again when the
 * chart changes so the legend's counts stay true; positions are applied only when the layout is
 * (re-)run.
 */
export function useGeography(
  entities: ReadonlyMap<string, Entity>,
  elements: ChartElements,
  active: boolean,
): GeoPlacement | null {
  const places = useMemo(() => placesOf(entities.values()), [entities]);
  return useMemo(
    () => (active ? placeGeographically(elements, places) : null),
    [active, elements, places],
  );
}
