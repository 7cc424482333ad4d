import { useCallback, useMemo, useRef, useState } from 'react';
import { toGraph } from '../../shared/graph';
import { todayIso } from '../../shared/model';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import type { Command, LoadedWorkspace } from '../store/api';
import type { Highlight } from './canvas/analysisStyling';
import type { ChartHandle, LayoutProgress } from './canvas/ChartCanvas';
import { ChartCanvas } from './canvas/ChartCanvas';
import type { ChartSelection, Position, SelectedIds } from './canvas/ChartController';
import type { LayoutName } from './canvas/layouts';
import { layoutKeepsGroups } from './canvas/layouts';
import { BulkEditPanel } from './editing/BulkEditPanel';
import { EntityPalette } from './editing/EntityPalette';
import { useEditing } from './editing/useEditing';
import { buildElements } from './elements';
import type { ExportFile } from './export/exportChart';
import { exportChart, exportFrame, exportName } from './export/exportChart';
import { FilterPanel } from './filters/FilterPanel';
import { useGeography } from './geo/useGeography';
import type { ViewFilters } from './filters/viewFilters';
import { NO_FILTERS, visibleSet } from './filters/viewFilters';
import { Inspector } from './inspector/Inspector';
import { Legend } from './legend/Legend';
import { legendInUse } from './legendInUse';
import { SearchBox } from './search/SearchBox';
import type { SideTab } from './SidePanel';
import { SidePanel } from './SidePanel';
import { SummaryBar } from './summary/SummaryBar';
import { useSummary } from './summary/useSummary';
import { opensAsSummary } from './summary/combos';
import { TableView } from './table/TableView';
import { TimeSlider } from './timeline/TimeSlider';
import { Toolbar } from './Toolbar';
import { useAnalysisStyling } from './useAnalysisStyling';
import { useSavedViews, viewToState } from './useSavedViews';
import { ViewsMenu } from './views/ViewsMenu';
import { visibleSource } from './visibleSource';
import './workspace.css';

export interface WorkspaceScreenProps {
  loaded: LoadedWorkspace;
  onCommand: (cmd: Command) => Promise<void>;
  /** The day against which ages are worked out (children get the safeguarding badge). */
  today?: string;
  /** Saved positions; applied whenever they change (opening a saved view). */
  positions?: ReadonlyMap<string, Position>;
  /** A measure from analysis: concentric rings follow it instead of degree. */
  measureValues?: ReadonlyMap<string, number>;
  measureName?: string;
  /** Styling from analysis: node sizes, colours and a highlighted sub-network. */
  nodeSizes?: ReadonlyMap<string, number> | null;
  nodeColours?: ReadonlyMap<string, string> | null;
  highlight?: Highlight | null;
  /** Saves an exported chart through the platform; the lead records it in the audit log. */
  onExport?: (file: ExportFile) => void;
  /** For harnesses and benchmarks: the mounted chart, and how long its first draw took. */
  onCanvasReady?: (handle: ChartHandle | null, firstDrawMs: number) => void;
}

/** Above this many entities the first layout is a grid: force layouts that big belong in a worker. */
const FORCE_ON_OPEN_MAX = 1500;
const NONE_SELECTED: SelectedIds = { entities: [], links: [] };

export function WorkspaceScreen(props: WorkspaceScreenProps) {
  const { loaded } = props;
  const today = props.today ?? todayIso();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [tab, setTab] = useState<SideTab>('details');
  const [layout, setLayout] = useState<{ name: LayoutName; run: number }>(() => ({
    // A map big enough to summarise opens on its summary, which keeps groups (force layout).
    name:
      loaded.entities.size > FORCE_ON_OPEN_MAX && !opensAsSummary(loaded.entities.size)
        ? 'grid'
        : 'force',
    run: 0,
  }));
  const [progress, setProgress] = useState<LayoutProgress | null>(null);
  const [selection, setSelection] = useState<ChartSelection>(null);
  const [selected, setSelected] = useState<SelectedIds>(NONE_SELECTED);
  const [filters, setFilters] = useState<ViewFilters>(NO_FILTERS);
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [linkMode, setLinkMode] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const [viewPositions, setViewPositions] = useState<ReadonlyMap<string, Position> | undefined>(
    props.positions,
  );
  // New positions from the parent (a saved view opened elsewhere) replace the ones shown.
  const [givenPositions, setGivenPositions] = useState(props.positions);
  if (props.positions !== givenPositions) {
    setGivenPositions(props.positions);
    if (props.positions) setViewPositions(props.positions);
  }
  const chart = useRef<ChartHandle | null>(null);
  const editing = useEditing(loaded, selected, props.onCommand, today);
  const analysis = useAnalysisStyling();
  const savedViews = useSavedViews(
    loaded,
    props.onCommand,
    { filters, layout: layout.name },
    () => chart.current?.getPositions() ?? new Map(),
    setExportError,
  );

  const { entities, links } = loaded;
  const graph = useMemo(() => toGraph(entities.values(), links.values()), [entities, links]);
  const visible = useMemo(() => {
    // The time slider narrows the filters' own period; both feed the same date filter.
    const effective = withPeriod(filters, period);
    return effective === NO_FILTERS ? null : visibleSet(graph, effective);
  }, [graph, filters, period]);
  const source = useMemo(
    () => visibleSource({ entities, links }, visible),
    [entities, links, visible],
  );
  const groupsKept = layoutKeepsGroups(layout.name);
  const derived = useMemo(
    () => buildElements(source, today, { compound: groupsKept }),
    [source, today, groupsKept],
  );
  const summary = useSummary(
    loaded,
    derived,
    props.positions,
    selection?.type === 'entity' ? selection.id : undefined,
  );
  const elements = summary.elements;
  const groupsInUse = useMemo(
    () => [...source.links.values()].some((l) => l.kind === 'member_of'),
    [source],
  );
  const legend = useMemo(() => legendInUse(elements), [elements]);
  const geography = useGeography(source.entities, elements, layout.name === 'geographic');

  const onSelect = useCallback((next: ChartSelection) => {
    setSelection((current) =>
      current?.id === next?.id && current?.type === next?.type ? current : next,
    );
  }, []);
  const onCanvasReady = props.onCanvasReady;
  const onReady = useCallback(
    (handle: ChartHandle | null, ms: number) => {
      chart.current = handle;
      onCanvasReady?.(handle, ms);
    },
    [onCanvasReady],
  );
  const onExportProp = props.onExport;
  const onExport = onExportProp
    ? (format: 'png' | 'svg') => {
        const handle = chart.current;
        if (!handle) return;
        const classes = [
          loaded.workspace.classification,
          ...[...source.entities.values()].map((e) => e.classification),
          ...[...source.links.values()].map((l) => l.classification),
        ];
        const frame = exportFrame(loaded.workspace.name, classes, legend, today);
        setExportError(null);
        exportChart(handle, format, frame, exportName(loaded.workspace.name, today, format))
          .then(onExportProp)
          .catch((e: unknown) => setExportError(e instanceof Error ? e.message : String(e)));
      }
    : undefined;

  const multi = selected.entities.length + selected.links.length > 1;
  const details = multi ? (
    <BulkEditPanel
      entityCount={selected.entities.length}
      linkCount={selected.links.length}
      onApply={editing.applyBulk}
      onDelete={editing.deleteSelection}
    />
  ) : (
    <Inspector
      loaded={loaded}
      selection={selection}
      today={today}
      onSelect={onSelect}
      onCommand={props.onCommand}
      collapsed={summary.collapsed}
      onToggleCollapse={summary.toggle}
      summary={summary.info}
    />
  );

  const notice = editing.message ?? exportError;
  return (
    <div className="ws-screen" onKeyDown={editing.onKeyDown}>
      <Toolbar
        view={view}
        onView={setView}
        layout={layout.name}
        onLayout={(name) => setLayout((l) => ({ name, run: l.run + 1 }))}
        concentricBy={
          props.measureValues ? (props.measureName ?? 'the chosen measure') : 'number of links'
        }
        groupsInUse={groupsInUse}
        progress={progress}
        onFit={() => chart.current?.fit()}
        onExport={onExport}
        entityCount={elements.nodes.length}
        linkCount={elements.edges.length}
        search={
          <>
            <SearchBox loaded={loaded} onPick={(id) => onSelect({ type: 'entity', id })} />
            <ViewsMenu
              views={loaded.views}
              current={{ filters, layout: layout.name }}
              onSave={savedViews.save}
              onApply={(saved) => {
                const next = viewToState(saved, layout.name);
                setFilters(next.filters);
                // The layout's name only: its positions are the view's, so nothing re-runs.
                setLayout((l) => ({ name: next.layout, run: l.run }));
                if (next.positions.size > 0) setViewPositions(next.positions);
              }}
              onDelete={(id) => void savedViews.remove(id)}
            />
          </>
        }
      />
      <EntityPalette onCreate={editing.openCreate} linkMode={linkMode} onLinkMode={setLinkMode} />
      {notice ? (
        <p className="ws-notice" role="alert">
          {notice}{' '}
          <button type="button" onClick={() => (editing.clearMessage(), setExportError(null))}>
            Dismiss
          </button>
        </p>
      ) : null}
      <SummaryBar bar={summary.bar} entityCount={loaded.entities.size} />
      <div className="ws-body">
        <div className="ws-main">
          <div className="ws-chart" hidden={view !== 'chart'}>
            <ChartCanvas
              key={summary.chartKey}
              elements={elements}
              layout={layout.name}
              layoutRun={layout.run}
              measureValues={props.measureValues ?? analysis.measure ?? undefined}
              geography={geography}
              selection={selection}
              onSelect={onSelect}
              onSelectionChange={setSelected}
              onDrawLink={editing.proposeLink}
              linkMode={linkMode}
              nodeSizes={props.nodeSizes ?? analysis.sizes}
              nodeColours={props.nodeColours ?? analysis.colours}
              highlight={props.highlight ?? analysis.highlight}
              onLayoutProgress={setProgress}
              visible={view === 'chart'}
              label={`Association chart of ${loaded.workspace.name}: ${elements.nodes.length} entities and ${elements.edges.length} links`}
              positions={summary.positions ?? viewPositions}
              onReady={onReady}
            />
            <p id="chart-keys" className="chart-keys">
              Arrow keys pan, + and − zoom, 0 fits. N adds an entity; select two and press L to link
              them; Shift+click or Shift+drag selects several; Delete removes the selection (undo
              brings it back). The table view lists the same entities and links.
            </p>
          </div>
          <TimeSlider
            links={links}
            from={period.from}
            to={period.to}
            onChange={(from, to) => setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) })}
          />
          {view === 'table' ? (
            <TableView
              entities={source.entities}
              links={source.links}
              today={today}
              selection={selection}
              onSelect={onSelect}
            />
          ) : null}
        </div>
        <SidePanel
          tab={tab}
          onTab={setTab}
          panels={{
            details,
            legend: <Legend id="ws-legend" content={legend} geography={geography} />,
            filters: (
              <FilterPanel
                loaded={loaded}
                value={filters}
                onChange={setFilters}
                selection={selected.entities}
              />
            ),
            analysis: (
              <AnalysisPanel
                loaded={loaded}
                selection={selected.entities}
                today={today}
                onSizeBy={analysis.onSizeBy}
                onColourBy={analysis.onColourBy}
                onHighlight={analysis.onHighlight}
                onSelect={(id) => onSelect({ type: 'entity', id })}
                {...(props.onExport ? { onExportCsv: props.onExport } : {})}
              />
            ),
          }}
        />
      </div>
      {editing.dialog}
    </div>
  );
}

function withPeriod(filters: ViewFilters, period: { from?: string; to?: string }): ViewFilters {
  if (!period.from && !period.to) return filters;
  const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));
  const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : (a ?? b));
  const dateFrom = later(filters.dateFrom, period.from);
  const dateTo = earlier(filters.dateTo, period.to);
  return { ...filters, ...(dateFrom ? { dateFrom } : {}), ...(dateTo ? { dateTo } : {}) };
}
