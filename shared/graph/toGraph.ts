import { MultiGraph } from 'graphology';
import { isDirectedKind, isWeakGrade } from '../model';
import type { Entity, Link } from '../model';
import type { EdgeAttributes, WorkspaceGraph } from './types';

/** Edge attributes for a link, without optional keys that have no value. */
export function edgeAttributesOf(link: Link): EdgeAttributes {
  const attributes: EdgeAttributes = {
    kind: link.kind,
    strength: link.strength,
    weak: isWeakGrade(link.grade),
    classification: link.classification,
  };
  if (link.grade) attributes.grade = link.grade;
  if (link.firstSeen) attributes.firstSeen = link.firstSeen;
  if (link.lastSeen) attributes.lastSeen = link.lastSeen;
  return attributes;
}

/**
 * Builds the in-memory graph of a workspace. Links that cannot be placed (an end missing, both
 * ends the same, an id used twice) are left out and listed in the graph attribute
 * `skippedLinks`, so the UI can report them rather than lose them silently.
 */
export function toGraph(entities: Iterable<Entity>, links: Iterable<Link>): WorkspaceGraph {
  const graph: WorkspaceGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  graph.setAttribute('skippedLinks', []);
  for (const entity of entities) {
    graph.mergeNode(entity.id, {
      kind: entity.kind,
      label: entity.label,
      classification: entity.classification,
    });
  }
  const skipped: string[] = [];
  for (const link of links) {
    const placeable =
      graph.hasNode(link.source) &&
      graph.hasNode(link.target) &&
      link.source !== link.target &&
      !graph.hasEdge(link.id);
    if (!placeable) {
      skipped.push(link.id);
      continue;
    }
    const attributes = edgeAttributesOf(link);
    if (isDirectedKind(link.kind)) {
      graph.addDirectedEdgeWithKey(link.id, link.source, link.target, attributes);
    } else {
      graph.addUndirectedEdgeWithKey(link.id, link.source, link.target, attributes);
    }
  }
  graph.setAttribute('skippedLinks', skipped);
  return graph;
}
