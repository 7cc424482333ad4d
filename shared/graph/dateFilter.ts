import { isUndated, overlaps } from './dates';
import type { DateRange } from './dates';
import { filterLinks } from './filters';
import type { Filter } from './filters';

/**
 * Shows the network as it stood over a period: a link stays visible when its sightings overlap
 * the range. Undated links (family ties, often) are shown or hidden as the analyst chooses.
 */
export function byDateRange(range: DateRange, options: { includeUndated?: boolean } = {}): Filter {
  const includeUndated = options.includeUndated ?? true;
  return filterLinks((edge) => (isUndated(edge) ? includeUndated : overlaps(edge, range)));
}
