import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ElementDiff } from '../diff';
import { diffElements } from '../diff';
import type { ChartElements } from '../elements';
import type { LayoutName } from './layouts';
import { runLayout } from './layouts';
import { isLargeMap, renderOptions } from './performance';
import { chartStylesheet } from './stylesheet';
import { edgeData, edgeDefinition, nodeData, nodeDefinition } from './toCyElements';

cytoscape.use(fcose);

export type ChartSelection = { type: 'entity' | 'link'; id: string } | null;
export type Position = { x: number; y: number };
export type NodeDescription = { label: string; parent: string | undefined; position: Position };

export interface ChartControllerOptions {
  /** Absent in unit tests: Cytoscape then runs headless. */
  container?: HTMLElement;
  positions?: ReadonlyMap<string, Position>;
  onSelect?: (selection: ChartSelection) => void;
}

/**
 * Owns one Cytoscape instance for one mounted chart. The workspace stays the truth: the chart
 * receives element sets and applies only their differences, so positions and zoom survive edits.
 */
export class ChartController {
  private readonly cy: Core;
  private current: ChartElements;

  constructor(elements: ChartElements, options: ChartControllerOptions = {}) {
    const count = elements.nodes.length + elements.edges.length;
    this.current = elements;
    const positions = options.positions;
    const definitions: ElementDefinition[] = [
      ...elements.nodes.map((n) => nodeDefinition(n, positions?.get(n.id))),
      ...elements.edges.map(edgeDefinition),
    ];
    this.cy = cytoscape({
      ...(options.container
        ? { container: options.container }
        : { headless: true, styleEnabled: true }),
      ...renderOptions(count),
      style: chartStylesheet({ haystack: isLargeMap(count) }),
      elements: definitions,
      layout: { name: 'preset', fit: true, padding: 40 },
    });
    const onSelect = options.onSelect;
    if (onSelect) {
      this.cy.on('select', (event) => {
        const target = event.target as cytoscape.SingularElementArgument;
        onSelect({ type: target.isNode() ? 'entity' : 'link', id: target.id() });
      });
      this.cy.on('unselect', () => {
        if (this.cy.$(':selected').empty()) onSelect(null);
      });
    }
  }

  /** Whether every node came with a saved position, so no layout needs to run. */
  static hasAllPositions(
    elements: ChartElements,
    positions?: ReadonlyMap<string, Position>,
  ): boolean {
    return positions !== undefined && elements.nodes.every((n) => n.isGroup || positions.has(n.id));
  }

  update(next: ChartElements): ElementDiff {
    const diff = diffElements(this.current, next);
    this.current = next;
    const cy = this.cy;
    cy.batch(() => {
      let gone = cy.collection();
      for (const id of diff.removed) gone = gone.union(cy.getElementById(id));
      cy.remove(gone);
      if (diff.addedNodes.length > 0) cy.add(diff.addedNodes.map((n) => nodeDefinition(n)));
      for (const { id, parent } of diff.reparented) cy.getElementById(id).move({ parent });
      for (const node of diff.changedNodes) cy.getElementById(node.id).data(nodeData(node));
      if (diff.addedEdges.length > 0) cy.add(diff.addedEdges.map(edgeDefinition));
      for (const edge of diff.changedEdges) cy.getElementById(edge.id).data(edgeData(edge));
    });
    this.placeNewNodes(diff.addedNodes.map((n) => n.id));
    return diff;
  }

  /** New entities appear beside something they link to, or in the middle of the view. */
  private placeNewNodes(ids: string[]): void {
    const extent = this.cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    ids.forEach((id, i) => {
      const node = this.cy.getElementById(id) as NodeSingular;
      if (node.empty() || node.isParent()) return;
      const placed = node
        .neighborhood()
        .nodes()
        .filter((n) => !n.isParent() && !ids.includes(n.id()));
      const anchor = placed.nonempty() ? (placed.first() as NodeSingular).position() : centre;
      const angle = (i * 2.4) % (2 * Math.PI);
      node.position({ x: anchor.x + 90 * Math.cos(angle), y: anchor.y + 90 * Math.sin(angle) });
    });
  }

  layout(name: LayoutName): Promise<void> {
    if (this.cy.destroyed() || this.cy.nodes().empty()) return Promise.resolve();
    return runLayout(this.cy, name);
  }

  /** After the container was hidden or changed size, Cytoscape must re-measure it. */
  resize(): void {
    if (!this.cy.destroyed()) this.cy.resize();
  }

  fit(): void {
    this.cy.fit(undefined, 40);
  }

  zoomBy(factor: number): void {
    const extent = this.cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    this.cy.zoom({ level: this.cy.zoom() * factor, position: centre });
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx, y: dy });
  }

  /** Mirrors a selection made elsewhere (table, inspector) and brings it into view. */
  select(selection: ChartSelection): void {
    const wanted = selection ? this.cy.getElementById(selection.id) : undefined;
    if (wanted?.selected() && this.cy.$(':selected').length === 1) return;
    this.cy.batch(() => {
      this.cy.$(':selected').unselect();
      wanted?.select();
    });
    this.centreOn(selection);
  }

  /** Brings a selected element into view; skipped while the chart is hidden and has no size. */
  centreOn(selection: ChartSelection): void {
    const wanted = selection ? this.cy.getElementById(selection.id) : undefined;
    if (!wanted?.nonempty() || this.cy.width() === 0) return;
    this.cy.animate({ center: { eles: wanted } }, { duration: 200 });
  }

  nodeCount(): number {
    return this.cy.nodes().length;
  }

  edgeCount(): number {
    return this.cy.edges().length;
  }

  /** Read-only view of what is drawn, for tests: label and parent of one node. */
  describeNode(id: string): NodeDescription | undefined {
    const node = this.cy.getElementById(id) as NodeSingular;
    if (node.empty()) return undefined;
    const parent = node.parent().first();
    const { x, y } = node.position();
    return {
      label: String(node.data('caption')),
      parent: parent.nonempty() ? parent.id() : undefined,
      position: { x: Math.round(x), y: Math.round(y) },
    };
  }

  /** The same Cytoscape element object before and after an update proves nothing was rebuilt. */
  elementIdentity(id: string): object {
    return this.cy.getElementById(id);
  }

  get destroyed(): boolean {
    return this.cy.destroyed();
  }

  destroy(): void {
    if (!this.cy.destroyed()) this.cy.destroy();
  }
}
