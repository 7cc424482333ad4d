/**
 * Development harness: mounts the workspace screen on an in-memory workspace, without a vault.
 * `?hostile=1` adds an entity with a script-bearing label; `?synthetic=2000` draws a large
 * synthetic map with saved positions and reports the first draw time; `?refuse=1` refuses every
 * edit as the store would. The window hooks below are
 * read-only and exist only in this harness, for the end-to-end tests.
 */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { DEMO_REFERENCE_DATE } from '../../shared/demo';
import type { Command } from '../store/api';
import type { ChartHandle } from '../workspace/canvas/ChartCanvas';
import type { NodeDescription } from '../workspace/canvas/ChartController';
import { WorkspaceScreen } from '../workspace/WorkspaceScreen';
import { demoLoaded } from './demoLoaded';
import { syntheticLoaded } from './syntheticLoaded';

interface CanvasHook {
  ready: boolean;
  firstDrawMs: number;
  destroyed: boolean;
  nodeCount(): number;
  edgeCount(): number;
  describeNode(id: string): NodeDescription | undefined;
}

declare global {
  interface Window {
    __linchpinCanvas?: CanvasHook;
    __linchpinCommands?: string[];
    __linchpinHarness?: { unmount(): void };
  }
}

const params = new URLSearchParams(window.location.search);
const synthetic = Number(params.get('synthetic') ?? 0);
const { loaded, positions } =
  synthetic > 0
    ? syntheticLoaded(synthetic)
    : { loaded: demoLoaded({ hostile: params.has('hostile') }), positions: undefined };

window.__linchpinCommands = [];
/** `?refuse=1` makes every edit fail as the store would, to show how a refusal reads. */
export const HARNESS_REFUSAL =
  'Entity was not saved. The store refused this edit (harness refusal).';
const refuse = params.has('refuse');
const onCommand = async (command: Command) => {
  console.info('[harness] command:', command.label, command);
  if (refuse) throw new Error(HARNESS_REFUSAL);
  window.__linchpinCommands?.push(command.label);
};

let lastHandle: ChartHandle | null = null;
const onCanvasReady = (handle: ChartHandle | null, firstDrawMs: number) => {
  if (handle) lastHandle = handle;
  const chart = handle ?? lastHandle;
  window.__linchpinCanvas = {
    ready: handle !== null,
    firstDrawMs: handle ? firstDrawMs : (window.__linchpinCanvas?.firstDrawMs ?? 0),
    get destroyed() {
      return chart?.destroyed ?? true;
    },
    nodeCount: () => (chart && !chart.destroyed ? chart.nodeCount() : 0),
    edgeCount: () => (chart && !chart.destroyed ? chart.edgeCount() : 0),
    describeNode: (id) => (chart && !chart.destroyed ? chart.describeNode(id) : undefined),
  };
};

const container = document.getElementById('root') as HTMLElement;
container.style.height = '100vh';
document.body.style.margin = '0';
const root: Root = createRoot(container);
root.render(
  <StrictMode>
    <main style={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <h1 style={{ font: '600 15px system-ui, sans-serif', margin: 0, padding: '6px 12px' }}>
        {loaded.workspace.name} (development harness)
      </h1>
      <div style={{ flex: 1, minHeight: 0 }}>
        <WorkspaceScreen
          loaded={loaded}
          onCommand={onCommand}
          today={DEMO_REFERENCE_DATE}
          {...(positions ? { positions } : {})}
          onCanvasReady={onCanvasReady}
        />
      </div>
    </main>
  </StrictMode>,
);
window.__linchpinHarness = { unmount: () => root.unmount() };
