import { withinCeiling } from '../model';
import type { Classification, EntityKind, LinkKind } from '../model';
import type { EdgeAttributes, NodeAttributes, Visible, WorkspaceGraph } from './types';

/**
 * A filter narrows what is visible; filters compose by running one after another, each seeing
 * what the previous ones left. They never widen the view and never change the graph.
 */
export type Filter = (graph: WorkspaceGraph, visible: Visible) => Visible;

export function everything(graph: WorkspaceGraph): Visible {
  return { entityIds: new Set(graph.nodes()), linkIds: new Set(graph.edges()) };
}

/** Keeps only links whose two ends are visible: a line to nowhere means nothing. */
export function withoutDanglingLinks(graph: WorkspaceGraph, visible: Visible): Visible {
  const linkIds = new Set<string>();
  for (const id of visible.linkIds) {
    const [source, target] = graph.extremities(id);
    if (visible.entityIds.has(source) && visible.entityIds.has(target)) linkIds.add(id);
  }
  return { entityIds: visible.entityIds, linkIds };
}

/** Runs the filters in order over the whole graph; the result never has a dangling link. */
export function applyFilters(graph: WorkspaceGraph, filters: readonly Filter[]): Visible {
  let visible = everything(graph);
  for (const filter of filters) visible = withoutDanglingLinks(graph, filter(graph, visible));
  return visible;
}

export function filterEntities(keep: (node: NodeAttributes, id: string) => boolean): Filter {
  return (graph, visible) => {
    const entityIds = new Set<string>();
    for (const id of visible.entityIds)
      if (keep(graph.getNodeAttributes(id), id)) entityIds.add(id);
    return { entityIds, linkIds: visible.linkIds };
  };
}

export function filterLinks(keep: (edge: EdgeAttributes, id: string) => boolean): Filter {
  return (graph, visible) => {
    const linkIds = new Set<string>();
    for (const id of visible.linkIds) if (keep(graph.getEdgeAttributes(id), id)) linkIds.add(id);
    return { entityIds: visible.entityIds, linkIds };
  };
}

export function byEntityKind(kinds: Iterable<EntityKind>): Filter {
  const allowed = new Set(kinds);
  return filterEntities((node) => allowed.has(node.kind));
}

export function byLinkKind(kinds: Iterable<LinkKind>): Filter {
  const allowed = new Set(kinds);
  return filterLinks((edge) => allowed.has(edge.kind));
}

/** Hides entities and links marked above what the reader is cleared for, or the document may hold. */
export function byClassificationCeiling(ceiling: Classification): Filter {
  const entities = filterEntities((node) => withinCeiling(node.classification, ceiling));
  const links = filterLinks((edge) => withinCeiling(edge.classification, ceiling));
  return (graph, visible) => links(graph, entities(graph, visible));
}

/** Hides entities left without any visible link, e.g. people with no contact in a period. */
export function withoutOrphans(): Filter {
  return (graph, visible) => {
    const linked = new Set<string>();
    for (const id of visible.linkIds) {
      const [source, target] = graph.extremities(id);
      linked.add(source);
      linked.add(target);
    }
    const entityIds = new Set([...visible.entityIds].filter((id) => linked.has(id)));
    return { entityIds, linkIds: visible.linkIds };
  };
}
