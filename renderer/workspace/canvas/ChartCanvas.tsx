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
import type { ChartSelection, NodeDescription, Position, SelectedIds } from './ChartController';
import { ChartController } from './ChartController';
import type { LayoutContext, LayoutName } from './layouts';
import { chartUsesWebgl } from '../../platform/graphics';

/** What the screen may ask of the mounted chart, without touching Cytoscape itself. */
export interface ChartHandle {
  fit(): void;
  layout(name: LayoutName): Promise<void>;
  nodeCount(): number;
  edgeCount(): number;
  describeNode(id: string): NodeDescription | undefined;
  getPositions(): Map<string, Position>;
  renderedPosition(id: string): Position | undefined;
  selectedIds(): SelectedIds;
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
  selection: ChartSelection;
  onSelect: (selection: ChartSelection) => void;
  onSelectionChange?: (selected: SelectedIds) => void;
  onDrawLink?: (source: string, target: string) => void;
  linkMode?: boolean;
  positions?: ReadonlyMap<string, Position> | undefined;
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

export function ChartCanvas(props: ChartCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<ChartController | null>(null);
  const latest = useRef(props);
  const positionsAtMount = useRef(props.positions);
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
    const { elements, positions, layout, onReady } = latest.current;
    if (!container.current) return undefined;
    const started = performance.now();
    const chart = new ChartController(elements, {
      container: container.current,
      ...(positions ? { positions } : {}),
      onSelect: (s) => latest.current.onSelect(s),
      onSelectionChange: (s) => latest.current.onSelectionChange?.(s),
      onDrawLink: (a, b) => latest.current.onDrawLink?.(a, b),
      webgl: chartUsesWebgl(),
    });
    controller.current = chart;
    setViewport(chart);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container.current);
    const ready = ChartController.hasAllPositions(elements, positions)
      ? Promise.resolve()
      : chart.layout(layout, layoutContext(latest.current));
    void ready.then(() => {
      // Wait for the frame that paints, so the figure is time to first draw, not to first call.
      requestAnimationFrame(() => {
        if (!chart.destroyed) onReady?.(chart, performance.now() - started);
      });
    });
    return () => {
      observer.disconnect();
      setViewport(null);
      chart.destroy();
      controller.current = null;
      latest.current.onReady?.(null, 0);
    };
  }, []);

  useEffect(() => {
    controller.current?.update(props.elements);
  }, [props.elements]);

  useEffect(() => {
    const chart = controller.current;
    if (!chart || props.layoutRun === 0) return undefined;
    // Only a new run (toolbar) lays out; a saved view changes the name and brings positions.
    const { onLayoutProgress, layout, geography } = latest.current;
    setStrip(
      layout === 'geographic' && geography ? stripFrame(geography.strip, geography.inStrip) : null,
    );
    if (layout !== 'force' || chart.nodeCount() <= FORCE_IN_WORKER_ABOVE) {
      void chart.layout(layout, layoutContext(latest.current));
      return undefined;
    }
    const job = chart.startForceAtlas2((done, of) =>
      onLayoutProgress?.({ done, of, stop: job.stop }),
    );
    onLayoutProgress?.({ done: 0, of: 1, stop: job.stop });
    job.result
      .catch((e: unknown) => console.error(e))
      .finally(() => latest.current.onLayoutProgress?.(null));
    return () => job.stop();
  }, [props.layoutRun]);

  useEffect(() => {
    // Those given at mount were drawn already; later ones come from opening a saved view.
    if (props.positions && props.positions !== positionsAtMount.current) {
      controller.current?.applyPositions(props.positions);
      setStrip(null);
    }
  }, [props.positions]);

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
    controller.current?.select(props.selection);
  }, [props.selection]);

  useEffect(() => {
    if (!props.visible) return;
    controller.current?.resize();
    controller.current?.centreOn(latest.current.selection);
  }, [props.visible]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const chart = controller.current;
    if (!chart) return;
    const actions: Record<string, () => void> = {
      '+': () => chart.zoomBy(1.25),
      '=': () => chart.zoomBy(1.25),
      '-': () => chart.zoomBy(0.8),
      '0': () => chart.fit(),
      ArrowLeft: () => chart.panBy(PAN_STEP, 0),
      ArrowRight: () => chart.panBy(-PAN_STEP, 0),
      ArrowUp: () => chart.panBy(0, PAN_STEP),
      ArrowDown: () => chart.panBy(0, -PAN_STEP),
      Escape: () => latest.current.onSelect(null),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
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
