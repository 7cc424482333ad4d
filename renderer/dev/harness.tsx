/**
 * Development harness: mounts the workspace screen on an in-memory workspace, without a vault.
 * Edits run through the store's own History and commands over in-memory maps (memoryStore.ts),
 * so undo and redo work as in the app. `?hostile=1` adds an entity with a script-bearing label;
 * `?synthetic=2000` draws a large synthetic map with saved positions and reports the first draw
 * time; `?refuse=1` refuses every edit as the store would. The window hooks below are
 * read-only and exist only in this harness, for the end-to-end tests and the benchmark.
 */
import { StrictMode, useEffect, useState } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { DEMO_REFERENCE_DATE } from '../../shared/demo';
import type { Command, LoadedWorkspace } from '../store/api';
import type { ChartHandle } from '../workspace/canvas/ChartCanvas';
import type { NodeDescription, Position } from '../workspace/canvas/ChartController';
import type { ExportFile } from '../workspace/export/exportChart';
import { WorkspaceScreen } from '../workspace/WorkspaceScreen';
import { demoLoaded } from './demoLoaded';
import { memoryStore } from './memoryStore';
import { syntheticLoaded } from './syntheticLoaded';

interface CanvasHook {
  ready: boolean;
  firstDrawMs: number;
  /** performance.now() when the first draw was reported. */
  readyAt: number;
  /** Links on the chart at that first draw (0 when a large map holds them back). */
  edgesAtFirstDraw: number;
  destroyed: boolean;
  nodeCount(): number;
  edgeCount(): number;
  describeNode(id: string): NodeDescription | undefined;
  positions(): Record<string, Position>;
  renderedPosition(id: string): Position | undefined;
  /** True until a large map's links, held back for the first paint, are drawn. */
  edgesPending(): boolean;
}

declare global {
  interface Window {
    __linchpinCanvas?: CanvasHook;
    __linchpinCommands?: string[];
    __linchpinExports?: ExportFile[];
    __linchpinLoaded?: () => LoadedWorkspace;
    __linchpinHarness?: { unmount(): void };
  }
}

const params = new URLSearchParams(window.location.search);
const synthetic = Number(params.get('synthetic') ?? 0);
const initial =
  synthetic > 0
    ? syntheticLoaded(synthetic)
    : { loaded: demoLoaded({ hostile: params.has('hostile') }) };

window.__linchpinCommands = [];
window.__linchpinExports = [];
/** `?refuse=1` makes every edit fail as the store would, to show how a refusal reads. */
export const HARNESS_REFUSAL =
  'Entity was not saved. The store refused this edit (harness refusal).';
const refuse = params.has('refuse');

let lastHandle: ChartHandle | null = null;
const onCanvasReady = (handle: ChartHandle | null, firstDrawMs: number) => {
  if (handle) lastHandle = handle;
  const chart = handle ?? lastHandle;
  const live = () => (chart && !chart.destroyed ? chart : null);
  window.__linchpinCanvas = {
    ready: handle !== null,
    firstDrawMs: handle ? firstDrawMs : (window.__linchpinCanvas?.firstDrawMs ?? 0),
    readyAt: performance.now(),
    edgesAtFirstDraw: handle
      ? handle.edgeCount()
      : (window.__linchpinCanvas?.edgesAtFirstDraw ?? 0),
    get destroyed() {
      return chart?.destroyed ?? true;
    },
    nodeCount: () => live()?.nodeCount() ?? 0,
    edgeCount: () => live()?.edgeCount() ?? 0,
    describeNode: (id) => live()?.describeNode(id),
    positions: () => Object.fromEntries(live()?.getPositions() ?? []),
    renderedPosition: (id) => live()?.renderedPosition(id),
    edgesPending: () => live()?.edgesPending ?? false,
  };
};

function Harness() {
  const [loaded, setLoaded] = useState(initial.loaded);
  const [history] = useState(() => memoryStore(initial.loaded, setLoaded));
  const [, setTick] = useState(0);
  useEffect(() => history.subscribe(() => setTick((t) => t + 1)), [history]);
  useEffect(() => {
    window.__linchpinLoaded = () => loaded;
  }, [loaded]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement).closest('input, textarea')) return;
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) void history.undo();
      else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))
        void history.redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [history]);
  const onCommand = async (command: Command) => {
    console.info('[harness] command:', command.label);
    if (refuse) throw new Error(HARNESS_REFUSAL);
    await history.execute(command);
    window.__linchpinCommands?.push(command.label);
  };
  const undoLabel = history.undoLabel();
  const redoLabel = history.redoLabel();
  return (
    <main style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '6px 12px' }}>
        <h1 style={{ font: '600 15px system-ui, sans-serif', margin: 0, flex: 1 }}>
          {loaded.workspace.name} (development harness)
        </h1>
        <button type="button" disabled={!undoLabel} onClick={() => void history.undo()}>
          {undoLabel ? `Undo ${undoLabel}` : 'Undo'}
        </button>
        <button type="button" disabled={!redoLabel} onClick={() => void history.redo()}>
          {redoLabel ? `Redo ${redoLabel}` : 'Redo'}
        </button>
      </div>
      <div style={{ flex: 1, minHeight: 0 }}>
        <WorkspaceScreen
          loaded={loaded}
          onCommand={onCommand}
          today={DEMO_REFERENCE_DATE}
          onExport={(file) => window.__linchpinExports?.push(file)}
          onCanvasReady={onCanvasReady}
        />
      </div>
    </main>
  );
}

const container = document.getElementById('root') as HTMLElement;
container.style.height = '100vh';
document.body.style.margin = '0';
const root: Root = createRoot(container);
root.render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
window.__linchpinHarness = { unmount: () => root.unmount() };
