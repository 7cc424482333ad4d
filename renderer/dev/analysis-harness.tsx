/**
 * Development harness: the analysis panel on the demo workspace (or `?synthetic=N` entities),
 * without a vault or a chart. What the panel asks of the chart is recorded on a read-only window
 * hook for the end-to-end tests; `__analysisHarness.select(ids)` stands in for a chart selection.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DEMO_REFERENCE_DATE } from '../../shared/demo';
import { AnalysisPanel } from '../analysis/AnalysisPanel';
import { demoLoaded } from './demoLoaded';
import { syntheticLoaded } from './syntheticLoaded';

interface AnalysisHarnessHook {
  sizedBy: number;
  colouredBy: number;
  highlight: { nodes: string[]; links: string[] } | null;
  selected: string[];
  csv: string | null;
  select(ids: string[]): void;
}
declare global {
  interface Window {
    __analysisHarness?: AnalysisHarnessHook;
  }
}

const synthetic = Number(new URLSearchParams(window.location.search).get('synthetic') ?? 0);
const loaded = synthetic > 0 ? syntheticLoaded(synthetic).loaded : demoLoaded();
const hook: AnalysisHarnessHook = {
  sizedBy: 0,
  colouredBy: 0,
  highlight: null,
  selected: [],
  csv: null,
  select: () => {},
};
window.__analysisHarness = hook;

function Harness() {
  const [selection, setSelection] = useState<string[]>([]);
  useEffect(() => {
    hook.select = setSelection;
  }, []);
  return (
    <main style={{ display: 'flex', height: '100vh' }}>
      <div style={{ flex: 1, padding: 12, font: '14px system-ui, sans-serif' }}>
        <h1 style={{ fontSize: 16 }}>{loaded.workspace.name} (analysis harness)</h1>
        <p>Selected: {selection.length}</p>
      </div>
      <div style={{ width: 460, borderLeft: '1px solid #ccc' }}>
        <AnalysisPanel
          loaded={loaded}
          selection={selection}
          today={DEMO_REFERENCE_DATE}
          onSizeBy={(v) => (hook.sizedBy = v?.size ?? 0)}
          onColourBy={(g) => (hook.colouredBy = g?.size ?? 0)}
          onHighlight={(h) => (hook.highlight = h)}
          onSelect={(id) => hook.selected.push(id)}
          onExportCsv={(file) => (hook.csv = file.data)}
        />
      </div>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
