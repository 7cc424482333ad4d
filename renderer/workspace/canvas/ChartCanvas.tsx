import type { KeyboardEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { GeoPlacement } from '../../../shared/geo';
import type { ChartElements } from '../elements';
import type { StripFrame } from '../geo/backdrop';
import { stripFrame } from '../geo/backdrop';
import type { ViewportSource } from '../geo/GeoUnderlay';
import { GeoUnderlay } from '../geo/GeoUnderlay';
import { useOutline } from '../geo/useOutline';
import type { Highlight } from './analysisStyling';
import type { Placed } from '../../../shared/model';
import type { Direction } from '../arrange';
import { nearestInDirection, nearestTo } from '../arrange';
import type { Selection } from '../selection';
import { NOTHING_SELECTED, selectOnly, withAdded } from '../selection';
import type { NodeDescription, Position, SelectedIds } from './ChartController';
import { ChartController } from './ChartController';
import type { LayoutContext, LayoutName } from './layouts';
import { chartUsesWebgl } from '../../platform/graphics';
import { publishProbe } from './chartProbe';

/** What the screen may ask of the mounted chart, without touching Cytoscape itself. */
export interface ChartHandle {
  fit(): void;
  layout(name: LayoutName): Promise<unknown>;
  nodeCount(): number;
  edgeCount(): number;
  describeNode(id: string): NodeDescription | undefined;
  getPositions(): Map<string, Position>;
  renderedPosition(id: string): Position | undefined;
  selectedIds(): SelectedIds;
  /** The id of the first drawn node with this label (for tests that find a node as a user would). */
  findByLabel(label: string): string | undefined;
  /** Centres, zooms to and flashes an entity (a search result). */
  reveal(id: string): void;
  /** Ids of nodes whose labels are drawn now. */
  labelledNodes(): string[];
  chartPng(scale?: number): Promise<Blob>;
  chartSvg(scale?: number): Promise<string>;
  readonly destroyed: boolean;
  readonly edgesPending: boolean;
}

/** Progress of a layout running in the worker; `stop` keeps the positions reached so far. */
export interface LayoutProgress {
  done: number;
  of: number;
  stop: () => void;
}

/**
 * Why the chart chose places: `automatic` for entities that had none (saved, not undoable),
 * `drag` after the analyst moved nodes, `layout` after a layout the analyst ran.
 */
export type PlacementCause = 'automatic' | 'drag' | 'layout';

/** Above this many nodes the force layout is ForceAtlas2 in a worker rather than fcose. */
export const FORCE_IN_WORKER_ABOVE = 1500;

export interface ChartCanvasProps {
  elements: ChartElements;
  layout: LayoutName;
  /** Bumped by the Fit button and by layout re-runs, so the same choice can be applied again. */
  layoutRun: number;
  /** Concentric rings by this measure instead of degree. */
  measureValues?: ReadonlyMap<string, number> | undefined;
  /** Where the geographic layout puts each entity; present while that layout is chosen. */
  geography?: GeoPlacement | null;
  /** The Map screen's one selection: the chart mirrors it and reports changes made on it. */
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  onDrawLink?: (source: string, target: string) => void;
  linkMode?: boolean;
  /** The workspace's stored places: the chart draws nodes there and follows every change. */
  placements: ReadonlyMap<string, Placed>;
  /** Places the chart chose, for the screen to save. */
  onPlaced?: (positions: Map<string, Position>, cause: PlacementCause) => void;
  nodeSizes?: ReadonlyMap<string, number> | null;
  nodeColours?: ReadonlyMap<string, string> | null;
  highlight?: Highlight | null;
  onLayoutProgress?: (progress: LayoutProgress | null) => void;
  label: string;
  /** False while the table view is showing: the chart stays mounted, keeping positions and zoom. */
  visible: boolean;
  onReady?: (handle: ChartHandle | null, firstDrawMs: number) => void;
}

const PAN_STEP = 60;
const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const PAN: Record<Direction, [number, number]> = {
  left: [PAN_STEP, 0],
  right: [-PAN_STEP, 0],
  up: [0, PAN_STEP],
  down: [0, -PAN_STEP],
};

export function ChartCanvas(props: ChartCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<ChartController | null>(null);
  const latest = useRef(props);
  // Until the first placement is done, element updates wait: they would place nodes twice.
  const placedOnce = useRef(false);
  const [viewport, setViewport] = useState<ViewportSource | null>(null);
  // The strip as the last geographic run laid it out; gone once other positions are applied.
  const [strip, setStrip] = useState<StripFrame | null>(null);
  const geographic = props.layout === 'geographic';
  const outline = useOutline(geographic);
  useEffect(() => {
    latest.current = props;
  });

  // One Cytoscape per mount, destroyed on unmount: its listeners and canvases must not outlive the view.
  useEffect(() => {
    const { elements, placements, layout, onReady } = latest.current;
    if (!container.current) return undefined;
    const started = performance.now();
    const chart = new ChartController(elements, {
      container: container.current,
      positions: placements,
      onSelectionChange: (s) => latest.current.onSelectionChange(s),
      onDrawLink: (a, b) => latest.current.onDrawLink?.(a, b),
      onMoved: (moved) => latest.current.onPlaced?.(moved, 'drag'),
      webgl: chartUsesWebgl(),
    });
    controller.current = chart;
    publishProbe(chart);
    chart.setSelection(latest.current.selection);
    setViewport(chart);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container.current);
    // Cytoscape blurs whatever has focus on mousedown, so the browser never moves focus here: a
    // click on the chart must give it the keyboard (N, L, Delete, arrows), once the press is over.
    const host = container.current;
    const takeFocus = () => host.focus({ preventScroll: true });
    host.addEventListener('pointerup', takeFocus, { capture: true });
    // A workspace never laid out gets its first layout; otherwise only entities without a
    // place are put beside what they link to. Either way the places are saved.
    const placing = chart.hasStoredPlaces()
      ? Promise.resolve(chart.placeUnplaced())
      : chart.layout(layout, layoutContext(latest.current));
    void placing.then((placed) => {
      if (chart.destroyed) return;
      placedOnce.current = true;
      if (placed.size > 0) latest.current.onPlaced?.(placed, 'automatic');
      // Wait for the frame that paints, so the figure is time to first draw, not to first call.
      requestAnimationFrame(() => {
        if (!chart.destroyed) onReady?.(chart, performance.now() - started);
      });
    });
    return () => {
      publishProbe(undefined);
      placedOnce.current = false;
      host.removeEventListener('pointerup', takeFocus, { capture: true });
      observer.disconnect();
      setViewport(null);
      chart.destroy();
      controller.current = null;
      latest.current.onReady?.(null, 0);
    };
  }, []);

  useEffect(() => {
    const chart = controller.current;
    if (!chart) return;
    chart.update(props.elements);
    if (!placedOnce.current) return;
    const placed = chart.placeUnplaced();
    if (placed.size > 0) latest.current.onPlaced?.(placed, 'automatic');
  }, [props.elements]);

  useEffect(() => {
    controller.current?.setPlacements(props.placements);
  }, [props.placements]);

  useEffect(() => {
    const chart = controller.current;
    if (!chart || props.layoutRun === 0) return undefined;
    // Only a new run (toolbar) lays out; a saved view changes the name and brings positions.
    const { onLayoutProgress, layout, geography } = latest.current;
    setStrip(
      layout === 'geographic' && geography ? stripFrame(geography.strip, geography.inStrip) : null,
    );
    const report = (placed: Map<string, Position>) => {
      if (!chart.destroyed && placed.size > 0) latest.current.onPlaced?.(placed, 'layout');
    };
    if (layout !== 'force' || chart.nodeCount() <= FORCE_IN_WORKER_ABOVE) {
      void chart.layout(layout, layoutContext(latest.current)).then(report);
      return undefined;
    }
    const job = chart.startForceAtlas2((done, of) =>
      onLayoutProgress?.({ done, of, stop: job.stop }),
    );
    onLayoutProgress?.({ done: 0, of: 1, stop: job.stop });
    job.result
      .then(() => report(chart.getPositions()))
      .catch((e: unknown) => console.error(e))
      .finally(() => latest.current.onLayoutProgress?.(null));
    return () => job.stop();
  }, [props.layoutRun]);

  useEffect(() => {
    controller.current?.setBackdrop(geographic ? { outline, strip } : null);
  }, [geographic, outline, strip]);

  useEffect(() => {
    controller.current?.setNodeSizes(props.nodeSizes ?? null);
  }, [props.nodeSizes, props.elements]);

  useEffect(() => {
    controller.current?.setNodeColours(props.nodeColours ?? null);
  }, [props.nodeColours, props.elements]);

  useEffect(() => {
    controller.current?.highlight(props.highlight ?? null);
  }, [props.highlight, props.elements]);

  useEffect(() => {
    controller.current?.setLinkMode(props.linkMode ?? false);
  }, [props.linkMode]);

  useEffect(() => {
    controller.current?.setSelection(props.selection);
  }, [props.selection]);

  useEffect(() => {
    if (!props.visible) return;
    controller.current?.resize();
    controller.current?.centreOn(latest.current.selection.focus);
  }, [props.visible]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const chart = controller.current;
    if (!chart) return;
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      // Ctrl (or Alt) with an arrow pans; a plain arrow moves the selection, Shift extends it.
      if (event.ctrlKey || event.metaKey || event.altKey) {
        const [dx, dy] = PAN[direction];
        chart.panBy(dx, dy);
      } else {
        moveSelection(chart, direction, event.shiftKey);
      }
      return;
    }
    const actions: Record<string, () => void> = {
      '+': () => chart.zoomBy(1.25),
      '=': () => chart.zoomBy(1.25),
      '-': () => chart.zoomBy(0.8),
      '0': () => chart.fit(),
      Escape: () => latest.current.onSelectionChange(NOTHING_SELECTED),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  /** Arrow keys walk the chart: to the nearest entity that way, or to the middle one to start. */
  const moveSelection = (chart: ChartController, direction: Direction, extend: boolean) => {
    const { selection, onSelectionChange } = latest.current;
    const places = chart.getPositions();
    const focus = selection.focus?.type === 'entity' ? selection.focus.id : undefined;
    const from = focus ? places.get(focus) : undefined;
    const others = [...places].filter(([id]) => id !== focus);
    const next = from
      ? nearestInDirection(from, others, direction)
      : nearestTo(chart.viewCentre(), places);
    if (!next) return;
    const item = { type: 'entity' as const, id: next };
    onSelectionChange(extend && from ? withAdded(selection, item) : selectOnly(item));
  };

  return (
    <div className={geographic ? 'chart-stage geographic' : 'chart-stage'}>
      {geographic ? <GeoUnderlay viewport={viewport} outline={outline} strip={strip} /> : null}
      <div
        ref={container}
        className="chart-canvas"
        role="application"
        aria-roledescription="association chart"
        aria-label={props.label}
        aria-describedby="chart-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

function layoutContext(props: ChartCanvasProps): LayoutContext {
  return {
    ...(props.measureValues ? { measureValues: props.measureValues } : {}),
    ...(props.geography ? { geographic: props.geography.positions } : {}),
  };
}
