import type { ChartEdge, ChartElements, ChartNode } from './elements';

/** What must change in the chart to go from one element set to the next. */
export interface ElementDiff {
  /** Ids of edges and nodes to remove (edges first, so no edge outlives its ends). */
  removed: string[];
  /** New nodes, groups before their members so a parent exists when its child arrives. */
  addedNodes: ChartNode[];
  addedEdges: ChartEdge[];
  /** Nodes whose data changed in place (label, badge, count...). */
  changedNodes: ChartNode[];
  /** Nodes that moved into, out of or between groups. `null` means no group. */
  reparented: { id: string; parent: string | null }[];
  changedEdges: ChartEdge[];
}

function sameData(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (ra[key] !== rb[key]) return false;
  return true;
}

function depthOrder(nodes: ChartNode[], all: Map<string, ChartNode>): ChartNode[] {
  const depth = (n: ChartNode): number => {
    let d = 0;
    for (let p = n.parent; p && d < all.size; p = all.get(p)?.parent) d += 1;
    return d;
  };
  return [...nodes].sort((a, b) => depth(a) - depth(b));
}

/** A diff that changes nothing, to fill in. */
export function emptyDiff(): ElementDiff {
  return {
    removed: [],
    addedNodes: [],
    addedEdges: [],
    changedNodes: [],
    reparented: [],
    changedEdges: [],
  };
}

export function diffElements(prev: ChartElements, next: ChartElements): ElementDiff {
  const prevNodes = new Map(prev.nodes.map((n) => [n.id, n]));
  const nextNodes = new Map(next.nodes.map((n) => [n.id, n]));
  const prevEdges = new Map(prev.edges.map((e) => [e.id, e]));
  const diff = emptyDiff();
  const nextEdgeIds = new Set<string>();
  for (const edge of next.edges) {
    nextEdgeIds.add(edge.id);
    const before = prevEdges.get(edge.id);
    if (!before) diff.addedEdges.push(edge);
    else if (before.source !== edge.source || before.target !== edge.target) {
      // Cytoscape cannot re-point an edge's data in place; replace it.
      diff.removed.push(edge.id);
      diff.addedEdges.push(edge);
    } else if (!sameData(before, edge)) diff.changedEdges.push(edge);
  }
  for (const id of prevEdges.keys()) if (!nextEdgeIds.has(id)) diff.removed.push(id);
  for (const id of prevNodes.keys()) if (!nextNodes.has(id)) diff.removed.push(id);
  const added: ChartNode[] = [];
  for (const node of next.nodes) {
    const before = prevNodes.get(node.id);
    if (!before) {
      added.push(node);
      continue;
    }
    if ((before.parent ?? null) !== (node.parent ?? null)) {
      diff.reparented.push({ id: node.id, parent: node.parent ?? null });
    }
    if (!sameData({ ...before, parent: undefined }, { ...node, parent: undefined })) {
      diff.changedNodes.push(node);
    }
  }
  diff.addedNodes = depthOrder(added, nextNodes);
  return diff;
}

export function isEmptyDiff(diff: ElementDiff): boolean {
  return (
    diff.removed.length +
      diff.addedNodes.length +
      diff.addedEdges.length +
      diff.changedNodes.length +
      diff.reparented.length +
      diff.changedEdges.length ===
    0
  );
}
