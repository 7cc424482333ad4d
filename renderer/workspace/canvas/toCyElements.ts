import type { ElementDefinition } from 'cytoscape';
import type { ChartEdge, ChartNode } from '../elements';
import { ENTITY_ICONS } from '../icons';
import { ENTITY_COLOURS, linkColour } from '../palette';

/** What the chart writes under a node: collapsed groups say how much they hide. */
export function nodeCaption(node: ChartNode): string {
  return node.hiddenCount === undefined ? node.label : `${node.label} (+${node.hiddenCount})`;
}

/** Cytoscape data for a node. `parent` is left out: it is set on add, and changed with move(). */
export function nodeData(node: ChartNode): Record<string, unknown> {
  const { parent: _omitted, ...rest } = node;
  void _omitted;
  const colours = ENTITY_COLOURS[node.kind];
  // Colours and icon travel as data, read by data() mappers: one style block instead of a
  // selector per kind, which matters when styling thousands of elements on first draw.
  return {
    ...rest,
    caption: nodeCaption(node),
    fill: colours.fill,
    rim: colours.border,
    icon: ENTITY_ICONS[node.kind],
  };
}

export function nodeDefinition(
  node: ChartNode,
  position?: { x: number; y: number },
): ElementDefinition {
  const data = { ...nodeData(node), ...(node.parent ? { parent: node.parent } : {}) };
  return {
    group: 'nodes',
    data: data as ElementDefinition['data'],
    ...(position ? { position } : {}),
  };
}

export function edgeDefinition(edge: ChartEdge): ElementDefinition {
  return { group: 'edges', data: edgeData(edge) };
}

export function edgeData(edge: ChartEdge): Record<string, unknown> {
  return { ...edge, colour: linkColour(edge.kind) };
}
