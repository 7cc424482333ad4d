import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';

export const LAYOUT_CHOICES = [
  { id: 'force', label: 'Force-directed' },
  { id: 'concentric', label: 'Concentric' },
  { id: 'hierarchy', label: 'Hierarchy' },
  { id: 'grid', label: 'Grid' },
  { id: 'geographic', label: 'Geographic (on a map)' },
] as const;
export type LayoutName = (typeof LAYOUT_CHOICES)[number]['id'];

/** Layouts that understand compound (group) nodes; the others run on a flattened chart. */
export function layoutKeepsGroups(name: LayoutName): boolean {
  return name === 'force';
}

/** What concentric rings are ordered by: degree, unless analysis hands in a measure. */
export interface LayoutContext {
  measureValues?: ReadonlyMap<string, number>;
  /** Where the geographic layout puts each node, worked out from coordinates by shared/geo. */
  geographic?: ReadonlyMap<string, { x: number; y: number }>;
}

/** Ring value of each node: the measure where given (missing nodes sit outermost), else degree. */
export function concentricValue(
  id: string,
  degree: number,
  measure: ReadonlyMap<string, number> | undefined,
): number {
  if (!measure) return degree;
  const value = measure.get(id);
  return value === undefined || !Number.isFinite(value) ? -Infinity : value;
}

/** Above this, fcose's default quality takes minutes without a GPU (issue 3); draft takes about 1 s. */
const FCOSE_DRAFT_ABOVE = 300;

/** Tops of the hierarchy: whoever directs links and is directed by none (controllers, suppliers). */
function hierarchyRoots(cy: Core): string[] {
  return cy
    .nodes()
    .not(':parent')
    .filter((n: NodeSingular) => {
      const directed = n.connectedEdges('[?directed]');
      const out = directed.filter((e) => e.source().id() === n.id()).length;
      return out > 0 && out === directed.length;
    })
    .map((n) => n.id());
}

/**
 * Layout options per choice. Only fcose understands groups; the others place the members and
 * let each group's box follow them.
 */
export function layoutOptions(
  cy: Core,
  name: LayoutName,
  context: LayoutContext = {},
): LayoutOptions {
  const nodeCount = cy.nodes().length;
  const common = { animate: false, fit: true, padding: 40 };
  switch (name) {
    case 'force':
      return {
        name: 'fcose',
        ...common,
        quality: nodeCount > FCOSE_DRAFT_ABOVE ? 'draft' : 'default',
        randomize: true,
        nodeRepulsion: 6500,
        idealEdgeLength: 75,
        edgeElasticity: 0.45,
        nestingFactor: 0.4,
        gravity: 0.35,
        gravityCompound: 1.2,
        nodeSeparation: 70,
        tilingPaddingVertical: 30,
        tilingPaddingHorizontal: 30,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (n: NodeSingular) =>
          concentricValue(n.id(), n.degree(false), context.measureValues),
        levelWidth: ringWidth(cy, context.measureValues),
        minNodeSpacing: 40,
      } as LayoutOptions;
    case 'hierarchy': {
      const roots = hierarchyRoots(cy);
      return {
        name: 'breadthfirst',
        ...common,
        directed: true,
        spacingFactor: 1.1,
        ...(roots.length > 0 ? { roots } : {}),
      } as LayoutOptions;
    }
    case 'grid':
      return { name: 'grid', ...common, avoidOverlapPadding: 30 } as LayoutOptions;
    case 'geographic':
      // Worked out from the workspace, not from Cytoscape: a node missing here stays where it is.
      return {
        name: 'preset',
        ...common,
        positions: Object.fromEntries(context.geographic ?? []),
      } as LayoutOptions;
  }
}

/** About eight rings whatever the measure's scale, so a 0..1 centrality does not make one ring. */
function ringWidth(cy: Core, measure: ReadonlyMap<string, number> | undefined): () => number {
  if (!measure) return () => 2;
  const values = cy
    .nodes()
    .map((n) => measure.get(n.id()))
    .filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (values.length === 0) return () => 1;
  const spread = Math.max(...values) - Math.min(...values);
  return () => (spread > 0 ? spread / 8 : 1);
}

/** The elements a layout moves: fcose takes the compound graph, the others only leaf nodes. */
export function runLayout(cy: Core, name: LayoutName, context: LayoutContext = {}): Promise<void> {
  const eles = name === 'force' ? cy.elements() : cy.elements().not(':parent');
  const layout = eles.layout(layoutOptions(cy, name, context));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}
