import type { MultiGraph } from 'graphology';
import type { Classification, EntityKind, Grade, LinkKind } from '../model';

/** What the views need of an entity, kept on its node. */
export interface NodeAttributes {
  kind: EntityKind;
  label: string;
  classification: Classification;
}

/**
 * What the views need of a link, kept on its edge. Deliberately no `weight`: graphology-metrics
 * would pick it up silently and switch to weighted algorithms.
 */
export interface EdgeAttributes {
  kind: LinkKind;
  strength: number;
  /** From isWeakGrade: drawn dashed. */
  weak: boolean;
  grade?: Grade;
  classification: Classification;
  firstSeen?: string;
  lastSeen?: string;
}

export interface GraphAttributes {
  /** Links left out: an end missing (an entity deleted without its links), both ends the same, or an id used twice. */
  skippedLinks: string[];
}

/**
 * The workspace as a mixed multigraph: parallel links of different kinds stay separate edges,
 * links of directed kinds are directed edges and the others undirected. Keys are record ids.
 */
export type WorkspaceGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What a view shows: the outcome of the filters. */
export interface Visible {
  entityIds: Set<string>;
  linkIds: Set<string>;
}
