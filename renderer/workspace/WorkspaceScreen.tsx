import { useCallback, useMemo, useRef, useState } from 'react';
import { todayIso } from '../../shared/model';
import type { Command, LoadedWorkspace } from '../store/api';
import type { ChartHandle } from './canvas/ChartCanvas';
import { ChartCanvas } from './canvas/ChartCanvas';
import type { ChartSelection, Position } from './canvas/ChartController';
import type { LayoutName } from './canvas/layouts';
import { collapseGroups } from './collapse';
import { buildElements } from './elements';
import { Inspector } from './inspector/Inspector';
import { Legend } from './legend/Legend';
import { legendInUse } from './legendInUse';
import { TableView } from './table/TableView';
import { Toolbar } from './Toolbar';
import './workspace.css';

export interface WorkspaceScreenProps {
  loaded: LoadedWorkspace;
  onCommand: (cmd: Command) => Promise<void>;
  /** The day against which ages are worked out (children get the safeguarding badge). */
  today?: string;
  /** Saved positions; when every entity has one, no layout runs on opening. */
  positions?: ReadonlyMap<string, Position>;
  /** For harnesses and benchmarks: the mounted chart, and how long its first draw took. */
  onCanvasReady?: (handle: ChartHandle | null, firstDrawMs: number) => void;
}

/** Above this many entities the first layout is a grid: force layouts that big belong in a worker. */
const FORCE_ON_OPEN_MAX = 1500;

export function WorkspaceScreen(props: WorkspaceScreenProps) {
  const { loaded } = props;
  const today = props.today ?? todayIso();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [showLegend, setShowLegend] = useState(true);
  const [layout, setLayout] = useState<{ name: LayoutName; run: number }>(() => ({
    name: loaded.entities.size > FORCE_ON_OPEN_MAX ? 'grid' : 'force',
    run: 0,
  }));
  const [selection, setSelection] = useState<ChartSelection>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const chart = useRef<ChartHandle | null>(null);

  const { entities, links } = loaded;
  const derived = useMemo(
    () => buildElements({ entities, links }, today),
    [entities, links, today],
  );
  const elements = useMemo(() => collapseGroups(derived, collapsed), [derived, collapsed]);
  const legend = useMemo(() => legendInUse(elements), [elements]);

  const onSelect = useCallback((next: ChartSelection) => {
    setSelection((current) =>
      current?.id === next?.id && current?.type === next?.type ? current : next,
    );
  }, []);
  const toggleCollapse = useCallback((id: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const onCanvasReady = props.onCanvasReady;
  const onReady = useCallback(
    (handle: ChartHandle | null, ms: number) => {
      chart.current = handle;
      onCanvasReady?.(handle, ms);
    },
    [onCanvasReady],
  );

  return (
    <div className="ws-screen">
      <Toolbar
        view={view}
        onView={setView}
        layout={layout.name}
        onLayout={(name) => setLayout((l) => ({ name, run: l.run + 1 }))}
        onFit={() => chart.current?.fit()}
        legendShown={showLegend}
        onToggleLegend={() => setShowLegend((s) => !s)}
        entityCount={elements.nodes.length}
        linkCount={elements.edges.length}
      />
      <div className="ws-body">
        <div className="ws-main">
          <div className="ws-chart" hidden={view !== 'chart'}>
            <ChartCanvas
              elements={elements}
              layout={layout.name}
              layoutRun={layout.run}
              selection={selection}
              onSelect={onSelect}
              visible={view === 'chart'}
              label={`Association chart of ${loaded.workspace.name}: ${elements.nodes.length} entities and ${elements.edges.length} links`}
              {...(props.positions ? { positions: props.positions } : {})}
              onReady={onReady}
            />
            <p id="chart-keys" className="chart-keys">
              Arrow keys pan, + and − zoom, 0 fits the chart, Esc clears the selection. The table
              view lists the same entities and links.
            </p>
          </div>
          {view === 'table' ? (
            <TableView
              entities={entities}
              links={links}
              today={today}
              selection={selection}
              onSelect={onSelect}
            />
          ) : null}
          {showLegend && view === 'chart' ? <Legend id="ws-legend" content={legend} /> : null}
        </div>
        <Inspector
          loaded={loaded}
          selection={selection}
          today={today}
          onSelect={onSelect}
          onCommand={props.onCommand}
          collapsed={collapsed}
          onToggleCollapse={toggleCollapse}
        />
      </div>
    </div>
  );
}
