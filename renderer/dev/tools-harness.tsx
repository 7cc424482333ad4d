/**
 * Development harness for the view tools (filters, time slider, search, saved views) on the
 * demo workspace, without a vault or a chart: the visible counts stand in for the chart. The
 * window hook is read-only and exists only here, for tests/e2e/workspace-tools.test.ts.
 */
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { toGraph } from '../../shared/graph';
import { FilterPanel } from '../workspace/filters/FilterPanel';
import { NO_FILTERS, describeFilters, visibleSet } from '../workspace/filters/viewFilters';
import type { ViewFilters } from '../workspace/filters/viewFilters';
import { SearchBox } from '../workspace/search/SearchBox';
import { TimeSlider } from '../workspace/timeline/TimeSlider';
import type { SavedView } from '../workspace/views/savedView';
import { ViewsMenu } from '../workspace/views/ViewsMenu';
import { withOptional } from '../workspace/filters/withOptional';
import { readStoredFilters, toStoredFilters } from '../workspace/filters/storedFilters';
import { demoLoaded } from './demoLoaded';
import '../workspace/workspace.css';

/** What the end-to-end test reads: the visible counts, the picked entity and the filters. */
export interface ToolsHook {
  entities: number;
  links: number;
  picked: string | null;
  filters: ViewFilters;
}

declare global {
  interface Window {
    __linchpinTools?: ToolsHook;
    __linchpinToolsHarness?: { unmount(): void };
  }
}

const loaded = demoLoaded();
const graph = toGraph(loaded.entities.values(), loaded.links.values());
let viewCount = 0;
const viewId = (n: number) => `view_${n.toString(16).padStart(20, '0')}`;

function ToolsHarness() {
  const [filters, setFilters] = useState<ViewFilters>(NO_FILTERS);
  const [picked, setPicked] = useState<string | null>(null);
  const [views, setViews] = useState<ReadonlyMap<string, SavedView>>(new Map());
  const visible = useMemo(() => visibleSet(graph, filters), [filters]);
  useEffect(() => {
    window.__linchpinTools = {
      entities: visible.entities.size,
      links: visible.links.size,
      picked,
      filters,
    };
  }, [visible, picked, filters]);

  const onPeriod = useCallback(
    (from: string | undefined, to: string | undefined) =>
      setFilters((f) => withOptional(withOptional(f, 'dateFrom', from), 'dateTo', to)),
    [],
  );
  const onSave = (name: string) => {
    viewCount += 1;
    const id = viewId(viewCount);
    const now = new Date().toISOString();
    const view: SavedView = {
      ...{
        id,
        name,
        filters: toStoredFilters(filters),
        layout: 'force',
        positions: {},
        styling: {},
      },
      ...{ workspaceId: loaded.workspace.id, createdAt: now, updatedAt: now },
    };
    setViews((v) => new Map(v).set(id, view));
  };
  const onDelete = (id: string) =>
    setViews((v) => {
      const next = new Map(v);
      next.delete(id);
      return next;
    });
  const pickedLabel = picked ? loaded.entities.get(picked)?.label : undefined;

  return (
    <div className="ws-screen" style={{ height: '100vh' }}>
      <header className="ws-toolbar">
        <h1 style={{ font: '600 15px system-ui, sans-serif', margin: 0 }}>
          {loaded.workspace.name} (view tools harness)
        </h1>
        <ViewsMenu
          views={views}
          current={{ filters, layout: 'force' }}
          onSave={onSave}
          onApply={(v) => setFilters(readStoredFilters(v.filters))}
          onDelete={onDelete}
        />
        <SearchBox loaded={loaded} onPick={setPicked} />
      </header>
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        <FilterPanel
          loaded={loaded}
          value={filters}
          onChange={setFilters}
          selection={picked ? [picked] : []}
        />
        <main style={{ flex: 1, padding: 12, borderLeft: '1px solid var(--ws-border)' }}>
          <p data-testid="visible-counts" aria-live="polite">
            {visible.entities.size} entities and {visible.links.size} links visible
          </p>
          <p>{describeFilters(filters)}</p>
          <p data-testid="picked">
            {pickedLabel ? `Picked: ${pickedLabel}` : 'Nothing picked yet.'}
          </p>
        </main>
      </div>
      <TimeSlider
        links={loaded.links}
        from={filters.dateFrom}
        to={filters.dateTo}
        onChange={onPeriod}
      />
    </div>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
document.body.style.margin = '0';
root.render(
  <StrictMode>
    <ToolsHarness />
  </StrictMode>,
);
window.__linchpinToolsHarness = { unmount: () => root.unmount() };
