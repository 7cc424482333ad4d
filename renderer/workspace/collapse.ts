import type { ChartEdge, ChartElements, ChartNode } from './elements';

/**
 * Collapsing a group is a transformation of the derived elements, not a mutation of the chart:
 * members of a collapsed group leave the element set and their links are re-drawn to the group,
 * bundled per pair of ends. Cytoscape then only sees the diff, like any other change.
 */
export function collapseGroups(
  elements: ChartElements,
  collapsed: ReadonlySet<string>,
): ChartElements {
  if (collapsed.size === 0) return elements;
  const parentOf = new Map(elements.nodes.map((n) => [n.id, n.parent]));
  const representative = (id: string): string => {
    let rep = id;
    for (let at = parentOf.get(id); at; at = parentOf.get(at)) if (collapsed.has(at)) rep = at;
    return rep;
  };
  const hidden = new Map<string, number>();
  const nodes: ChartNode[] = [];
  for (const node of elements.nodes) {
    const rep = representative(node.id);
    if (rep !== node.id) hidden.set(rep, (hidden.get(rep) ?? 0) + 1);
    else nodes.push(node);
  }
  const withCounts = nodes.map((n) =>
    collapsed.has(n.id) && n.isGroup ? { ...n, hiddenCount: hidden.get(n.id) ?? 0 } : n,
  );
  const edges: ChartEdge[] = [];
  const bundles = new Map<string, ChartEdge>();
  for (const edge of elements.edges) {
    const source = representative(edge.source);
    const target = representative(edge.target);
    if (source === edge.source && target === edge.target) {
      edges.push(edge);
      continue;
    }
    if (source === target) continue;
    // One line per pair whichever way its links run: a combined line has no direction.
    const key = source < target ? `bundle:${source}:${target}` : `bundle:${target}:${source}`;
    const bundle = bundles.get(key);
    if (bundle) {
      bundle.bundled = (bundle.bundled ?? 1) + 1;
      bundle.label = `${bundle.bundled} links`;
      bundle.strength = Math.max(bundle.strength, edge.strength);
      bundle.weak = bundle.weak && edge.weak;
    } else {
      bundles.set(key, { ...edge, id: key, source, target, bundled: 1, directed: false });
    }
  }
  return { nodes: withCounts, edges: [...edges, ...bundles.values()] };
}
