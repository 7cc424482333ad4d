import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import type { ChartElements } from '../elements';
import type { ChartSelection, NodeDescription, Position } from './ChartController';
import { ChartController } from './ChartController';
import type { LayoutName } from './layouts';

/** What the screen may ask of the mounted chart, without touching Cytoscape itself. */
export interface ChartHandle {
  fit(): void;
  layout(name: LayoutName): Promise<void>;
  nodeCount(): number;
  edgeCount(): number;
  describeNode(id: string): NodeDescription | undefined;
  readonly destroyed: boolean;
}

export interface ChartCanvasProps {
  elements: ChartElements;
  layout: LayoutName;
  /** Bumped by the Fit button and by layout re-runs, so the same choice can be applied again. */
  layoutRun: number;
  selection: ChartSelection;
  onSelect: (selection: ChartSelection) => void;
  positions?: ReadonlyMap<string, Position>;
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
    });
    controller.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container.current);
    const ready = ChartController.hasAllPositions(elements, positions)
      ? Promise.resolve()
      : chart.layout(layout);
    void ready.then(() => {
      // Wait for the frame that paints, so the figure is time to first draw, not to first call.
      requestAnimationFrame(() => {
        if (!chart.destroyed) onReady?.(chart, performance.now() - started);
      });
    });
    return () => {
      observer.disconnect();
      chart.destroy();
      controller.current = null;
      latest.current.onReady?.(null, 0);
    };
  }, []);

  useEffect(() => {
    controller.current?.update(props.elements);
  }, [props.elements]);

  useEffect(() => {
    if (props.layoutRun > 0) void controller.current?.layout(props.layout);
  }, [props.layout, props.layoutRun]);

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
  );
}
