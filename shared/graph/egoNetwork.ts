import type { Filter } from './filters';
import type { Visible } from './types';

/**
 * Keeps the people and things within `hops` visible links of the selection (in either direction),
 * and the visible links among them. Selected entities that are hidden stay hidden.
 */
export function egoNetwork(selection: Iterable<string>, hops: number): Filter {
  if (!Number.isInteger(hops) || hops < 0) {
    throw new Error(`The number of steps from the selection must be a whole number (got ${hops}).`);
  }
  const seeds = [...selection];
  return (graph, visible): Visible => {
    let frontier = seeds.filter((id) => visible.entityIds.has(id));
    const reached = new Set(frontier);
    for (let step = 0; step < hops && frontier.length > 0; step++) {
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachEdge(node, (edge, _attributes, source, target) => {
          if (!visible.linkIds.has(edge)) return;
          const other = source === node ? target : source;
          if (visible.entityIds.has(other) && !reached.has(other)) {
            reached.add(other);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
    return { entityIds: reached, linkIds: visible.linkIds };
  };
}
