import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import fcose from 'cytoscape-fcose';
import type { ElementDiff } from '../diff';
import { diffElements, emptyDiff } from '../diff';
import type { ChartElements } from '../elements';
import type { Highlight } from './analysisStyling';
import { applyHighlight, applyNodeColours, applyNodeSizes } from './analysisStyling';
import type { LayoutContext, LayoutName } from './layouts';
import { runLayout } from './layouts';
import type { LinkDrawing } from './linkDrawing';
import { enableLinkDrawing } from './linkDrawing';
import type { Backdrop } from '../geo/backdrop';
import { backdropUnderPng } from '../geo/backdropPng';
import { backdropUnderSvg } from '../geo/backdropSvg';
import type { Viewport } from '../geo/GeoUnderlay';
import type { Fa2Job } from '../layout/fa2Client';
import { startFa2 } from '../layout/fa2Client';
import { fa2Input } from '../layout/fa2Matrices';
import { isLargeMap, renderOptions } from './performance';
import { chartStylesheet } from './stylesheet';
import { LabelLayer } from './labelLayer';
import { edgeData, edgeDefinition, nodeData, nodeDefinition } from './toCyElements';
import type { Placed } from '../../../shared/model';
import type { SelectedItem, Selection } from '../selection';
import type { Position } from './placing';
import {
  applyPlaced,
  draggedLeaves,
  placeBeside,
  readPositions,
  unplacedIds,
  withPinnedLocked,
} from './placing';
import { sameSelection, settle } from '../selection';

cytoscape.use(fcose);
cytoscape.use(edgehandles);

export type ChartSelection = SelectedItem | null;
export type { Position };
/** Zoom from which a large map draws icons and labels (a node is then 24 px or more across). */
const DETAIL_ZOOM = 0.6;

let svgExport: Promise<void> | undefined;
function registerSvgExport(): Promise<void> {
  svgExport ??= import('cytoscape-svg').then((m) => {
    cytoscape.use(m.default);
  });
  return svgExport;
}

/** Everything selected on the chart, for bulk edits and deletion. */
export interface SelectedIds {
  entities: readonly string[];
  links: readonly string[];
}
export type NodeDescription = {
  label: string;
  parent: string | undefined;
  position: Position;
  /** Drawn diameter, which analysis may set by a measure. */
  width: number;
  colour: string;
};

export interface ChartControllerOptions {
  /** Absent in unit tests: Cytoscape then runs headless. */
  container?: HTMLElement;
  /** Stored places (the workspace's placement record); nodes without one are placed later. */
  positions?: ReadonlyMap<string, Placed>;
  /** Called once a drag ends, with where every moved entity now sits. */
  onMoved?: (moved: Map<string, Position>) => void;
  /** The whole selection after each gesture on the chart (a click, Shift+click, a box). */
  onSelectionChange?: (selection: Selection) => void;
  /** Called when the analyst drags from one node to another: a proposed link, not yet made. */
  onDrawLink?: (source: string, target: string) => void;
  /** Draw with Cytoscape's WebGL renderer (only offered where a hardware GPU exists). */
  webgl?: boolean;
}

/**
 * Owns one Cytoscape instance for one mounted chart. The workspace stays the truth: the chart
 * receives element sets and applies only their differences, so positions and zoom survive edits.
 */
export class ChartController {
  private readonly cy: Core;
  private current: ChartElements;
  private readonly linkDrawing: LinkDrawing | undefined;
  private readonly labels: LabelLayer;
  private pendingEdges: ChartElements['edges'] | null = null;
  private edgeTimer: number | undefined;
  private backdrop: Backdrop | null = null;
  /** The element the analyst last clicked or selected: the inspector's focus while selected. */
  private lastPicked: SelectedItem | null = null;
  /** What the chart shows as selected, as last reported or mirrored. */
  private shown: Selection | null = null;
  /** True while mirroring a selection made elsewhere: those events are not the analyst's. */
  private mirroring = false;
  /** The places last read from the store: new nodes go there when they have one. */
  private stored: ReadonlyMap<string, Placed>;

  constructor(elements: ChartElements, options: ChartControllerOptions = {}) {
    const count = elements.nodes.length + elements.edges.length;
    this.current = elements;
    const positions = options.positions ?? new Map<string, Placed>();
    this.stored = positions;
    // A large map shows its nodes first and its links a frame later: the analyst sees the
    // network's shape sooner, and the costly edge pass no longer delays the first paint.
    const deferEdges = options.container !== undefined && isLargeMap(count);
    const definitions: ElementDefinition[] = [
      ...elements.nodes.map((n) => nodeDefinition(n, positions.get(n.id))),
      ...(deferEdges ? [] : elements.edges.map(edgeDefinition)),
    ];
    this.cy = cytoscape({
      ...(options.container
        ? { container: options.container }
        : { headless: true, styleEnabled: true }),
      ...renderOptions(count, { webgl: options.container ? options.webgl : false }),
      style: chartStylesheet({ haystack: isLargeMap(count) }),
      elements: definitions,
      layout: { name: 'preset', fit: true, padding: 40 },
    });
    const onSelectionChange = options.onSelectionChange;
    if (onSelectionChange) {
      const picked = (event: cytoscape.EventObject) => {
        const target = event.target as cytoscape.SingularElementArgument;
        this.lastPicked = { type: target.isNode() ? 'entity' : 'link', id: target.id() };
      };
      this.cy.on('tap select', 'node, edge', picked);
      // A box selection fires one event per element; report once, after the gesture.
      let pending = false;
      this.cy.on('select unselect', () => {
        if (pending || this.mirroring) return;
        pending = true;
        queueMicrotask(() => {
          pending = false;
          if (this.cy.destroyed()) return;
          const next = settle(this.selectedIds(), [this.lastPicked, this.shown?.focus]);
          if (this.shown && sameSelection(next, this.shown)) return;
          this.shown = next;
          onSelectionChange(next);
        });
      });
    }
    if (options.container && isLargeMap(count)) this.showDetailWhenZoomedIn();
    applyPlaced(this.cy, positions);
    this.labels = new LabelLayer(this.cy);
    this.labels.refresh();
    const host = options.container;
    if (host) {
      // Labels are cut to fit; the whole of one shows on hover (and always in the inspector).
      this.cy.on('mouseover', 'node', (e) => {
        host.title = String((e.target as NodeSingular).data('label') ?? '');
      });
      this.cy.on('mouseout', 'node', () => {
        host.title = '';
      });
    }
    const onMoved = options.onMoved;
    if (onMoved) {
      // Dragging several nodes ends with one dragfree per node: report them together.
      let grabbed = this.cy.collection();
      this.cy.on('dragfree', 'node', (event) => {
        const first = grabbed.empty();
        grabbed = grabbed.union(event.target as cytoscape.NodeSingular);
        if (!first) return;
        queueMicrotask(() => {
          const leaves = draggedLeaves(grabbed.nodes());
          grabbed = this.cy.collection();
          if (!this.cy.destroyed() && leaves.nonempty()) onMoved(readPositions(this.cy, leaves));
        });
      });
    }
    if (deferEdges) {
      this.pendingEdges = elements.edges;
      this.edgeTimer = window.setTimeout(() => this.flushEdges(), 0);
    }
    this.linkDrawing =
      options.container && options.onDrawLink
        ? enableLinkDrawing(this.cy, options.onDrawLink)
        : undefined;
  }

  selectedIds(): SelectedIds {
    const selected = this.cy.$(':selected');
    return {
      entities: selected.nodes().map((n) => n.id()),
      links: selected.edges().map((e) => e.id()),
    };
  }

  /** Link mode: dragging from a node draws a link rather than moving the node. */
  setLinkMode(on: boolean): void {
    this.linkDrawing?.setDrawMode(on);
  }

  /** Where every entity is drawn now (groups follow their members), for saved views. */
  getPositions(): Map<string, Position> {
    return readPositions(this.cy);
  }

  /**
   * Follows the store's places: nodes whose stored place differs from where they are drawn move
   * there (an undone move, a saved view applied elsewhere), pinned ones are marked.
   */
  setPlacements(stored: ReadonlyMap<string, Placed>): void {
    if (stored === this.stored) return;
    this.stored = stored;
    applyPlaced(this.cy, stored);
  }

  /**
   * Gives every node without a stored place one beside what it links to, and returns those
   * places so the caller can save them. Nothing to do returns an empty map.
   */
  placeUnplaced(): Map<string, Position> {
    const ids = unplacedIds(this.cy, this.stored);
    return ids.length === 0 ? new Map() : placeBeside(this.cy, ids);
  }

  /** The middle of what is on screen, in model units. */
  viewCentre(): Position {
    const e = this.cy.extent();
    return { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 };
  }

  /** Whether any drawn node has a stored place (a workspace never laid out has none). */
  hasStoredPlaces(): boolean {
    return unplacedIds(this.cy, this.stored).length < this.cy.nodes().not(':parent').length;
  }

  /** Moves the nodes named in `positions` in one batch, so the chart redraws once. */
  applyPositions(positions: ReadonlyMap<string, Position>, fit = true): void {
    this.cy.batch(() => {
      for (const [id, p] of positions) {
        const node = this.cy.getElementById(id) as NodeSingular;
        if (node.nonempty() && !node.isParent()) node.position({ x: p.x, y: p.y });
      }
    });
    if (fit) this.fit();
  }

  setNodeSizes(sizes: ReadonlyMap<string, number> | null): void {
    applyNodeSizes(this.cy, sizes);
    // What analysis sized nodes by is what ranks them: the biggest keep their labels.
    this.labels.setRanking(sizes);
  }

  /** Ids of nodes whose labels are drawn now, for tests. */
  labelledNodes(): string[] {
    return this.labels.labelled();
  }

  /** A search result: centred, zoomed to a readable size, flashed, and labelled. */
  reveal(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty() || this.cy.destroyed()) return;
    this.labels.markSearched(id);
    const zoom = Math.max(this.cy.zoom(), 1.2);
    if (this.cy.width() > 0) {
      this.cy.animate({ center: { eles: node }, zoom }, { duration: 250 });
    }
    let blinks = 0;
    const blink = () => {
      if (this.cy.destroyed() || node.removed()) return;
      node.toggleClass('flash', blinks % 2 === 0);
      blinks += 1;
      if (blinks < 6) setTimeout(blink, 220);
    };
    blink();
  }

  setNodeColours(colours: ReadonlyMap<string, string> | null): void {
    applyNodeColours(this.cy, colours);
  }

  highlight(highlight: Highlight | null): void {
    applyHighlight(this.cy, highlight);
  }

  /** What the chart is drawn over (the geographic layout's map), so exports include it. */
  setBackdrop(backdrop: Backdrop | null): void {
    this.backdrop = backdrop;
  }

  /** Reports pan and zoom now and on every change, for layers drawn in step with the chart. */
  onViewport(listener: (viewport: Viewport) => void): () => void {
    const report = () => listener({ pan: this.cy.pan(), zoom: this.cy.zoom() });
    // A resize changes what is on screen without a pan or zoom: the locator must follow it too.
    this.cy.on('viewport resize', report);
    report();
    return () => void (this.cy.destroyed() || this.cy.removeListener('viewport resize', report));
  }

  /** The whole chart as a PNG, at `scale` times screen size, over its backdrop if it has one. */
  async chartPng(scale = 2): Promise<Blob> {
    this.flushEdges();
    const { backdrop } = this;
    const bounds = this.cy.elements().boundingBox();
    const ground = backdrop ? {} : { bg: '#ffffff' };
    // The image shows the whole chart, so its labels are planned for the whole chart.
    this.labels.refreshForWholeChart();
    try {
      const png = await this.cy.png({ full: true, scale, ...ground, output: 'blob-promise' });
      return backdrop ? backdropUnderPng(png, bounds, backdrop) : png;
    } finally {
      this.labels.refresh();
    }
  }

  /** The whole chart as SVG text, drawn by cytoscape-svg (loaded on first use: it needs a DOM). */
  async chartSvg(scale = 1): Promise<string> {
    await registerSvgExport();
    this.flushEdges();
    const { backdrop } = this;
    const bounds = this.cy.elements().boundingBox();
    const ground = backdrop ? {} : { bg: '#ffffff' };
    this.labels.refreshForWholeChart();
    try {
      const svg = (this.cy as unknown as { svg(o: object): string }).svg({
        full: true,
        scale,
        ...ground,
      });
      return backdrop ? backdropUnderSvg(svg, bounds, backdrop) : svg;
    } finally {
      this.labels.refresh();
    }
  }

  /** Large maps: icons and labels come in (class `detail`) once nodes are big enough to read. */
  private showDetailWhenZoomedIn(): void {
    let detailed = false;
    let queued = false;
    this.cy.on('zoom', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        const wanted = !this.cy.destroyed() && this.cy.zoom() >= DETAIL_ZOOM;
        if (wanted === detailed || this.cy.destroyed()) return;
        detailed = wanted;
        this.cy.batch(() => {
          if (wanted) this.cy.nodes().addClass('detail');
          else this.cy.nodes().removeClass('detail');
        });
      });
    });
  }

  /** Adds the links held back at construction; any later change must see them in place. */
  private flushEdges(): void {
    if (this.edgeTimer !== undefined) window.clearTimeout(this.edgeTimer);
    const edges = this.pendingEdges;
    this.pendingEdges = null;
    if (!edges || this.cy.destroyed()) return;
    this.cy.batch(() => {
      this.cy.add(edges.map(edgeDefinition));
    });
  }

  /** Whether links held back for the first paint are still to come (benchmarks wait on it). */
  get edgesPending(): boolean {
    return this.pendingEdges !== null;
  }

  update(next: ChartElements): ElementDiff {
    // The mount's own elements come back at once from the view's effect: flushing the held-back
    // links then would put them into the very first frame and undo the deferral.
    if (next === this.current) return emptyDiff();
    this.flushEdges();
    const diff = diffElements(this.current, next);
    this.current = next;
    const cy = this.cy;
    // Order matters: Cytoscape removes a group's children with it, so members leaving a group
    // move out (to a group that may itself be new) before any node goes; links go first and
    // come last, when both their ends exist.
    cy.batch(() => {
      const gone = cy.collection().union(diff.removed.map((id) => cy.getElementById(id)));
      cy.remove(gone.edges());
      if (diff.addedNodes.length > 0) {
        cy.add(diff.addedNodes.map((n) => nodeDefinition(n, this.stored.get(n.id))));
      }
      for (const { id, parent } of diff.reparented) cy.getElementById(id).move({ parent });
      cy.remove(gone.nodes().filter((n) => !n.removed()));
      for (const node of diff.changedNodes) cy.getElementById(node.id).data(nodeData(node));
      if (diff.addedEdges.length > 0) cy.add(diff.addedEdges.map(edgeDefinition));
      for (const edge of diff.changedEdges) cy.getElementById(edge.id).data(edgeData(edge));
    });
    if (diff.addedNodes.length > 0) applyPlaced(cy, this.stored);
    return diff;
  }

  /** Runs a layout on everything but the pinned nodes; resolves with where nodes ended up. */
  async layout(name: LayoutName, context: LayoutContext = {}): Promise<Map<string, Position>> {
    if (this.cy.destroyed() || this.cy.nodes().empty()) return new Map();
    this.flushEdges();
    await withPinnedLocked(this.cy, () => runLayout(this.cy, name, context));
    return this.cy.destroyed() ? new Map() : readPositions(this.cy);
  }

  /**
   * ForceAtlas2 in a worker, starting from where nodes are now (a grid on first open), so the
   * main thread only builds the typed arrays and applies the result in one batch.
   */
  startForceAtlas2(onProgress: (done: number, of: number) => void): Fa2Job {
    const now = this.getPositions();
    const input = fa2Input(this.current, (id, i) => ({
      ...(now.get(id) ?? { x: (i % 100) * 50, y: i }),
      fixed: this.stored.get(id)?.pinned === true,
    }));
    const job = startFa2(input, onProgress);
    return {
      stop: job.stop,
      result: job.result.then((r) => {
        if (!this.cy.destroyed()) this.applyPositions(r.positions);
        return r;
      }),
    };
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

  /**
   * Mirrors the selection (made here or elsewhere: table, search, inspector, keyboard) and brings
   * a newly focused element into view. Mirroring fires no report back.
   */
  setSelection(selection: Selection): void {
    const previous = this.shown;
    if (previous && sameSelection(previous, selection)) return;
    this.shown = selection;
    const wanted = new Set([...selection.entities, ...selection.links]);
    this.mirroring = true;
    try {
      this.cy.batch(() => {
        this.cy.$(':selected').forEach((el) => {
          if (!wanted.has(el.id())) el.unselect();
        });
        for (const id of wanted) {
          const el = this.cy.getElementById(id);
          if (el.nonempty() && !el.selected()) el.select();
        }
      });
    } finally {
      this.mirroring = false;
    }
    if (selection.focus && selection.focus.id !== previous?.focus?.id) {
      this.lastPicked = selection.focus;
      this.revealIfHidden(selection.focus);
    }
  }

  /** Pans to an element only if it is off screen, so clicking on the chart never moves it. */
  private revealIfHidden(item: SelectedItem): void {
    const el = this.cy.getElementById(item.id);
    if (el.empty() || this.cy.width() === 0) return;
    const box = el.renderedBoundingBox();
    const inside =
      box.x1 >= 0 && box.y1 >= 0 && box.x2 <= this.cy.width() && box.y2 <= this.cy.height();
    if (!inside) this.centreOn(item);
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
      width: Math.round(node.width()),
      colour: String(node.style('background-color')),
    };
  }

  /** The first drawn node with this label, for tests that find a node as a user would. */
  findByLabel(label: string): string | undefined {
    const node = this.cy.nodes().filter((n: NodeSingular) => n.data('label') === label);
    return node.nonempty() ? node.first().id() : undefined;
  }

  /** Where a node is on screen, relative to the chart's container, for pointer-driven tests. */
  renderedPosition(id: string): Position | undefined {
    const node = this.cy.getElementById(id) as NodeSingular;
    return node.nonempty() ? node.renderedPosition() : undefined;
  }

  /** The same Cytoscape element object before and after an update proves nothing was rebuilt. */
  elementIdentity(id: string): object {
    return this.cy.getElementById(id);
  }

  get destroyed(): boolean {
    return this.cy.destroyed();
  }

  destroy(): void {
    if (this.edgeTimer !== undefined) window.clearTimeout(this.edgeTimer);
    this.pendingEdges = null;
    this.linkDrawing?.destroy();
    this.labels.destroy();
    if (!this.cy.destroyed()) this.cy.destroy();
  }
}
