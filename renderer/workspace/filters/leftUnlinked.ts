import { withoutOrphans } from '../../../shared/graph';
import type { Filter } from '../../../shared/graph';

/**
 * Wraps a link filter so that entities it leaves without any visible link disappear too: a
 * period in which a phone made no call should not show that phone. Entities that had no visible
 * link to begin with (a newly entered address, say) are kept, because the period says nothing
 * about them. Expects no dangling link in its input, as applyFilters guarantees between steps.
 */
export function hidingEntitiesLeftUnlinked(linkFilter: Filter): Filter {
  const linked = withoutOrphans();
  return (graph, before) => {
    const after = linkFilter(graph, before);
    const linkedBefore = linked(graph, before).entityIds;
    const linkedAfter = linked(graph, after).entityIds;
    const entityIds = new Set<string>();
    for (const id of after.entityIds) {
      if (!linkedBefore.has(id) || linkedAfter.has(id)) entityIds.add(id);
    }
    return { entityIds, linkIds: after.linkIds };
  };
}
