/**
 * Development harness: the import/export and duplicates screens on the demo workspace, with a
 * fake `run` that applies nothing and records each command's label, and a platform whose
 * openFile returns what the test put in `__importHarness.nextFile`. `?screen=dedupe` shows the
 * duplicates screen, with one planted duplicate of a demo nominal (accents, words swapped).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEMO_REFERENCE_DATE } from '../../shared/demo';
import type { Entity } from '../../shared/model';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { DuplicatesScreen } from '../dedupe/DuplicatesScreen';
import { ImportExportScreen } from '../import/ImportExportScreen';
import type { Platform } from '../platform';
import type { AuditLog } from '../store';
import { demoLoaded } from './demoLoaded';
import { sampleId } from './factories';

interface ImportHarnessHook {
  nextFile: { name: string; text?: string; base64?: string } | null;
  commands: string[];
  saved: { name: string; size: number; text: string | null }[];
  audits: { action: string; detail: string }[];
}
declare global {
  interface Window {
    __importHarness?: ImportHarnessHook;
  }
}

const hook: ImportHarnessHook = { nextFile: null, commands: [], saved: [], audits: [] };
window.__importHarness = hook;

const loaded = demoLoaded();
const varrick = [...loaded.entities.values()].find((e) => e.label === 'Anthony Varrick');
if (varrick?.kind === 'nominal') {
  const copy: Entity = {
    ...varrick,
    id: sampleId('ent', 0xd0d0),
    label: 'VARRICK Anthóny',
    notes: 'Entered from a stop-search record.',
    provenance: [],
    attrs: { ...varrick.attrs, forenames: 'Anthóny', surname: 'VARRICK', aliases: [] },
  };
  (loaded.entities as Map<string, Entity>).set(copy.id, copy);
}

const bytesOf = (f: { text?: string; base64?: string }) =>
  f.base64 !== undefined
    ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
    : new TextEncoder().encode(f.text ?? '');

const platform: Platform = {
  kind: 'browser',
  appInfo: async () => ({
    name: 'Linchpin',
    version: 'harness',
    platform: 'browser',
    arch: '',
    electronVersion: '',
    chromeVersion: '',
    packaged: false,
  }),
  openFile: async () => {
    const f = hook.nextFile;
    hook.nextFile = null;
    return f ? { name: f.name, bytes: bytesOf(f) } : null;
  },
  saveFile: async ({ suggestedName, data }) => {
    const text = typeof data === 'string' ? data : null;
    hook.saved.push({
      name: suggestedName,
      size: typeof data === 'string' ? data.length : data.length,
      text,
    });
    return true;
  },
  printToPdf: async () => false,
  onLock: () => () => {},
  onMenuCommand: () => () => {},
};

const audit: AuditLog = {
  list: async () => [],
  verify: async () => ({ ok: true, checked: 0 }),
  toCsv: () => '',
  record: async (entry) => {
    hook.audits.push({ action: entry.action, detail: entry.detail ?? '' });
  },
};

const props: WorkspaceModuleProps = {
  loaded,
  run: async (command) => {
    hook.commands.push(command.label);
  },
  platform,
  audit,
  userName: 'Harness Analyst',
  today: DEMO_REFERENCE_DATE,
};

const screen = new URLSearchParams(window.location.search).get('screen');
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <main>
      <h1 style={{ font: '600 15px system-ui', margin: '8px 16px' }}>
        {loaded.workspace.name} (import harness)
      </h1>
      {screen === 'dedupe' ? <DuplicatesScreen {...props} /> : <ImportExportScreen {...props} />}
    </main>
  </StrictMode>,
);
