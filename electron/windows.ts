import { BrowserWindow } from 'electron';
import type { WebPreferences } from 'electron';
import type { EventChannel } from '../shared/ipc/channels';
import { APP_ENTRY_URL } from './app-origin';

let mainWindow: BrowserWindow | null = null;

/** Every switch of the Electron security checklist, set explicitly rather than left to defaults. */
export function mainWindowPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    spellcheck: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export function createMainWindow(preloadPath: string, url: string = APP_ENTRY_URL): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Linchpin',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f4f5f7',
    webPreferences: mainWindowPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  void window.loadURL(url);
  return window;
}

export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** A second launch brings the existing window forward instead of opening another vault session. */
export function focusMainWindow(): void {
  const window = getMainWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

export function sendToRenderer(channel: EventChannel, payload: string): void {
  getMainWindow()?.webContents.send(channel, payload);
}
