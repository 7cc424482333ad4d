import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module the main process and preload touch. It records
 * calls and lets tests emit events; none of it is the code under test.
 */
export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  id = FakeWebContents.nextId++;
  mainFrame = { processId: 7, routingId: 1, url: 'app://linchpin/index.html', parent: null };
  send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 fake'));
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
}

export function createFakeElectron() {
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const state = { singleInstanceLock: true };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    state,
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => state.singleInstanceLock),
    quit: vi.fn(),
    whenReady: vi.fn(() => ready),
    getName: () => 'Linchpin',
    getVersion: () => '0.1.0',
    getPath: vi.fn(() => '/home/analyst/Documents'),
    commandLine: { appendSwitch: vi.fn() },
    becomeReady: () => resolveReady(),
  });
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async () => 'reply') });
  return {
    app,
    session: { defaultSession: session },
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn() },
    powerMonitor: new EventEmitter(),
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
