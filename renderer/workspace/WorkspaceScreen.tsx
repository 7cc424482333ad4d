import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { toGraph } from '../../shared/graph';
import { todayIso } from '../../shared/model';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import type { Command, LoadedWorkspace } from '../store/api';
import type { Highlight } from './canvas/analysisStyling';
import type { ChartHandle, LayoutProgress, PlacementCause } from './canvas/ChartCanvas';
import { ChartCanvas } from './canvas/ChartCanvas';
import type { ChartSelection, Position } from './canvas/ChartController';
import type { LayoutName } from './canvas/layouts';
import { LAYOUT_CHOICES, layoutKeepsGroups } from './canvas/layouts';
import { placementCommand, pinCommand } from './placementCommands';
import type { Selection } from './selection';
import { keepExisting, NOTHING_SELECTED, selectOnly } from './selection';
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
import { TableView } from './table/TableView';
import { TimeSlider } from './timeline/TimeSlider';
import { Toolbar } from './Toolbar';
import { SummaryBar } from './summary/SummaryBar';
import { useSummary } from './summary/useSummary';
import { opensAsSummary } from './summary/combos';
import { ArrangeMenu } from './ArrangeMenu';
import type { Arrangement } from './arrange';
import { arrange, ARRANGEMENTS } from './arrange';
import { ChartStatus } from './ChartStatus';
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

/** The chart's keys in words: read out with the chart, and shown from the status line. */
const CHART_KEYS =
  'Arrow keys move the selection to the nearest entity that way (Shift+arrow adds it); with ' +
  'nothing selected they start from the entity in the middle. Ctrl+arrow pans; + and − zoom, ' +
  '0 fits. N adds an entity; select two and press L to ' +
  'link them; P pins the selection where it is; Delete removes it (undo brings it back); Escape ' +
  'clears it. Shift+click or Shift+drag selects several. The table view lists the same ' +
  'entities and links.';

/** Above this many entities the first layout is a grid: force layouts that big belong in a worker. */
const FORCE_ON_OPEN_MAX = 1500;

function isLayoutName(name: string | undefined): name is LayoutName {
  return LAYOUT_CHOICES.some((c) => c.id === name);
}

export function WorkspaceScreen(props: WorkspaceScreenProps) {
  const { loaded } = props;
  const today = props.today ?? todayIso();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [tab, setTab] = useState<SideTab>('details');
  // The workspace's stored places (one record per workspace), and the layout they were made with.
  const placement = useMemo(() => loaded.placements.values().next().value, [loaded.placements]);
  const placements = useMemo(() => new Map(Object.entries(placement?.entries ?? {})), [placement]);
  const [layout, setLayout] = useState<{ name: LayoutName; run: number }>(() => ({
    // A map big enough to summarise opens on its summary, which keeps groups (force layout).
    name: isLayoutName(placement?.layout)
      ? placement.layout
      : loaded.entities.size > FORCE_ON_OPEN_MAX && !opensAsSummary(loaded.entities.size)
        ? 'grid'
        : 'force',
    run: 0,
  }));
  const [progress, setProgress] = useState<LayoutProgress | null>(null);
  const [chosen, setSelection] = useState<Selection>(NOTHING_SELECTED);
  const [filters, setFilters] = useState<ViewFilters>(NO_FILTERS);
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [linkMode, setLinkMode] = useState(false);
  const [timeOpen, setTimeOpen] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const chart = useRef<ChartHandle | null>(null);
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
    chosen.focus?.type === 'entity' ? chosen.focus.id : undefined,
  );
  const elements = summary.elements;
  const summarised = summary.bar.on;
  // Where the chart draws each node. A summary draws its combos and revealed members where its
  // own layout put them; the whole map draws every entity at its stored place, and an entity with
  // none at the summary's place for it (saved below) before falling back to the chart's own.
  const drawPlaces = useMemo(() => {
    const fromSummary = new Map(
      [...(summary.layout ?? [])].map(([id, p]) => [id, { x: p.x, y: p.y }] as const),
    );
    if (summarised) return new Map([...placements, ...fromSummary]);
    if (fromSummary.size === 0) return placements;
    return new Map([...fromSummary, ...placements]);
  }, [placements, summary.layout, summarised]);
  const groupsInUse = useMemo(
    () => [...source.links.values()].some((l) => l.kind === 'member_of'),
    [source],
  );
  const legend = useMemo(() => legendInUse(elements), [elements]);
  // What is selected but no longer drawn (deleted, filtered away) is not selected: no ghosts.
  const drawn = useMemo(
    () => ({
      entities: new Set(elements.nodes.map((n) => n.id)),
      links: new Set(elements.edges.map((e) => e.id)),
    }),
    [elements],
  );
  const selection = keepExisting(chosen, drawn);
  const editing = useEditing(loaded, selection, props.onCommand, today);
  const geography = useGeography(source.entities, elements, layout.name === 'geographic');

  const onSelect = useCallback((next: ChartSelection) => setSelection(selectOnly(next)), []);
  const { onCommand } = props;
  const workspaceId = loaded.workspace.id;
  const onPlaced = useCallback(
    (drawn: Map<string, Position>, cause: PlacementCause) => {
      // Only entities have places of their own (a summary's combos are drawn, not stored).
      const positions = new Map([...drawn].filter(([id]) => loaded.entities.has(id)));
      if (positions.size === 0) return;
      onCommand(
        placementCommand(workspaceId, positions, cause, layout.name, undefined, placements),
      ).catch((e: unknown) => setExportError(e instanceof Error ? e.message : String(e)));
    },
    [onCommand, workspaceId, layout.name, placements, loaded.entities],
  );
  // The whole of a large map is first drawn where the summary's layout put each entity: those
  // places are kept, so it opens the same way next time.
  const summaryLayout = summary.layout;
  useEffect(() => {
    if (summarised || !summaryLayout) return;
    const fresh = new Map<string, Position>();
    for (const n of elements.nodes) {
      const at = summaryLayout.get(n.id);
      if (at && !placements.has(n.id)) fresh.set(n.id, at);
    }
    if (fresh.size > 0) onPlaced(fresh, 'automatic');
  }, [summarised, summaryLayout, elements, placements, onPlaced]);
  const togglePin = useCallback(() => {
    const command = pinCommand(workspaceId, selection.entities, placements, (id) =>
      chart.current?.getPositions().get(id),
    );
    if (command) {
      onCommand(command).catch((e: unknown) =>
        setExportError(e instanceof Error ? e.message : String(e)),
      );
    }
  }, [onCommand, workspaceId, selection.entities, placements]);
  const onArrange = (how: Arrangement) => {
    const drawn = chart.current?.getPositions();
    if (!drawn) return;
    const chosen = new Map(
      selection.entities.flatMap((id) => {
        const at = drawn.get(id);
        return at ? [[id, at] as const] : [];
      }),
    );
    const label = ARRANGEMENTS.find((a) => a.id === how)?.label;
    onCommand(
      placementCommand(
        workspaceId,
        arrange(chosen, how),
        'arrange',
        layout.name,
        label,
        placements,
      ),
    ).catch((e: unknown) => setExportError(e instanceof Error ? e.message : String(e)));
  };
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

  const multi = selection.entities.length + selection.links.length > 1;
  const details = multi ? (
    <BulkEditPanel
      entityCount={selection.entities.length}
      linkCount={selection.links.length}
      onApply={editing.applyBulk}
      onDelete={editing.deleteSelection}
    />
  ) : (
    <Inspector
      loaded={loaded}
      selection={selection.focus}
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
    <div
      className="ws-screen"
      onKeyDown={(e) => {
        if (e.key.toLowerCase() === 'p' && !e.ctrlKey && !e.metaKey && !e.altKey) {
          if (
            e.target instanceof HTMLElement &&
            e.target.closest('input, textarea, select, dialog')
          )
            return;
          e.preventDefault();
          togglePin();
          return;
        }
        editing.onKeyDown(e);
      }}
    >
      <Toolbar
        view={view}
        onView={setView}
        layout={layout.name}
        onLayout={(name) => setLayout((l) => ({ name, run: l.run + 1 }))}
        concentricBy={
          props.measureValues ? (props.measureName ?? 'the chosen measure') : 'number of links'
        }
        progress={progress}
        onFit={() => chart.current?.fit()}
        onExport={onExport}
        arrange={
          <ArrangeMenu
            selectedEntities={selection.entities.length}
            allPinned={
              selection.entities.length > 0 &&
              selection.entities.every((id) => placements.get(id)?.pinned)
            }
            onPin={togglePin}
            onArrange={onArrange}
          />
        }
        search={
          <>
            <SearchBox
              loaded={loaded}
              onPick={(id) => {
                onSelect({ type: 'entity', id });
                chart.current?.reveal(id);
              }}
            />
            <ViewsMenu
              views={loaded.views}
              current={{ filters, layout: layout.name }}
              onSave={savedViews.save}
              onApply={(saved) => {
                const next = viewToState(saved, layout.name);
                setFilters(next.filters);
                // The layout's name only: its positions are the view's, so nothing re-runs.
                setLayout((l) => ({ name: next.layout, run: l.run }));
                if (next.positions.size > 0) {
                  onCommand(
                    placementCommand(workspaceId, next.positions, 'view', next.layout, saved.name),
                  ).catch((e: unknown) =>
                    setExportError(e instanceof Error ? e.message : String(e)),
                  );
                }
              }}
              onDelete={(id) => void savedViews.remove(id)}
            />
          </>
        }
      />
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
          <div className="ws-chart-row" hidden={view !== 'chart'}>
            <EntityPalette
              onCreate={editing.openCreate}
              linkMode={linkMode}
              onLinkMode={setLinkMode}
            />
            <div className="ws-chart">
              <ChartCanvas
                key={summary.chartKey}
                elements={elements}
                layout={layout.name}
                layoutRun={layout.run}
                measureValues={props.measureValues ?? analysis.measure ?? undefined}
                geography={geography}
                selection={selection}
                onSelectionChange={setSelection}
                onDrawLink={editing.proposeLink}
                linkMode={linkMode}
                nodeSizes={props.nodeSizes ?? analysis.sizes}
                nodeColours={props.nodeColours ?? analysis.colours}
                highlight={props.highlight ?? analysis.highlight}
                onLayoutProgress={setProgress}
                visible={view === 'chart'}
                label={`Association chart of ${loaded.workspace.name}: ${elements.nodes.length} entities and ${elements.edges.length} links`}
                placements={drawPlaces}
                // A summary is an overview drawn by its own layout: places are saved for the
                // whole map only, where they mean where an analyst put an entity.
                {...(summarised ? {} : { onPlaced })}
                onReady={onReady}
              />
            </div>
          </div>
          {view === 'table' ? (
            <TableView
              entities={source.entities}
              links={source.links}
              today={today}
              selection={selection.focus}
              onSelect={onSelect}
            />
          ) : null}
          <ChartStatus
            entityCount={elements.nodes.length}
            linkCount={elements.edges.length}
            groupsFlattened={groupsInUse && !groupsKept}
            period={period}
            timeOpen={timeOpen}
            onTime={() => setTimeOpen((o) => !o)}
            keysOpen={keysOpen}
            onKeys={() => setKeysOpen((o) => !o)}
          />
          <div id="ws-time" hidden={!timeOpen}>
            <TimeSlider
              links={links}
              from={period.from}
              to={period.to}
              onChange={(from, to) =>
                setPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) })
              }
            />
          </div>
          <p id="chart-keys" className={keysOpen ? 'chart-keys' : 'sr-only'}>
            {CHART_KEYS}
          </p>
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
                selection={selection.entities}
              />
            ),
            analysis: (
              <AnalysisPanel
                loaded={loaded}
                selection={selection.entities}
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
