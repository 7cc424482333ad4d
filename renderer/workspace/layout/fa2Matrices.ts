import type { ChartElements } from '../elements';

/** Floats per node and per edge in ForceAtlas2's matrices (graphology-layout-forceatlas2). */
export const PPN = 10;
export const PPE = 3;

export interface Fa2Input {
  ids: string[];
  nodes: Float32Array;
  edges: Float32Array;
  /** Each node's group (its outermost OCG, gang or community box) as an index, or -1. */
  groups: Int32Array;
  groupCount: number;
}

/**
 * The chart as ForceAtlas2's typed arrays, built on the main thread once and transferred to the
 * worker without copying. Groups are left out (the chart's boxes follow their members); edges to
 * or from a group are kept off too, since the group has no position of its own.
 */
export function fa2Input(
  elements: ChartElements,
  start: (id: string, index: number) => { x: number; y: number; fixed?: boolean },
): Fa2Input {
  const leaves = elements.nodes.filter((n) => !n.isGroup || n.hiddenCount !== undefined);
  const parentOf = new Map(elements.nodes.map((n) => [n.id, n.parent]));
  const groupIndex = new Map<string, number>();
  const groups = new Int32Array(leaves.length).fill(-1);
  const offset = new Map<string, number>();
  const nodes = new Float32Array(leaves.length * PPN);
  leaves.forEach((n, i) => {
    const j = i * PPN;
    offset.set(n.id, j);
    const p = start(n.id, i);
    nodes[j] = p.x;
    nodes[j + 1] = p.y;
    nodes[j + 6] = 1; // mass: one plus weighted degree, added below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
    nodes[j + 9] = p.fixed ? 1 : 0; // pinned by the analyst: ForceAtlas2 leaves it where it is
    let top: string | undefined;
    for (let at = parentOf.get(n.id); at; at = parentOf.get(at)) top = at;
    if (top !== undefined) {
      if (!groupIndex.has(top)) groupIndex.set(top, groupIndex.size);
      groups[i] = groupIndex.get(top) as number;
    }
  });
  const kept = elements.edges.filter((e) => offset.has(e.source) && offset.has(e.target));
  const edges = new Float32Array(kept.length * PPE);
  kept.forEach((e, i) => {
    const s = offset.get(e.source) as number;
    const t = offset.get(e.target) as number;
    nodes[s + 6] = (nodes[s + 6] as number) + 1;
    nodes[t + 6] = (nodes[t + 6] as number) + 1;
    edges[i * PPE] = s;
    edges[i * PPE + 1] = t;
    edges[i * PPE + 2] = 1;
  });
  return { ids: leaves.map((n) => n.id), nodes, edges, groups, groupCount: groupIndex.size };
}

/** Positions read back from the node matrix, in the order of `ids`. */
export function positionsFromMatrix(
  ids: readonly string[],
  nodes: Float32Array,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  ids.forEach((id, i) => out.set(id, { x: nodes[i * PPN] ?? 0, y: nodes[i * PPN + 1] ?? 0 }));
  return out;
}

/** graphology's own inferred settings for a graph of this order (index.js inferSettings). */
export function fa2Settings(order: number): Record<string, number | boolean> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 10,
    strongGravityMode: true,
    gravity: 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 2000,
    // Gephi's own default: four times faster than 0.5 on 5k nodes, and as readable.
    barnesHutTheta: 1.2,
  };
}
