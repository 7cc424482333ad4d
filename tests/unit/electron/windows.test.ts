import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './fake-electron';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

const { createMainWindow, focusMainWindow, getMainWindow, mainWindowPreferences, sendToRenderer } =
  await import('../../../electron/windows');

beforeEach(() => {
  FakeBrowserWindow.instances = [];
});

describe('electron/windows', () => {
  it('sets every security switch of the checklist explicitly', () => {
    expect(mainWindowPreferences('/app/dist/electron/preload.cjs')).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('creates the window with those preferences and loads the app:// entry, not file://', () => {
    const window = createMainWindow('/p/preload.cjs') as unknown as FakeBrowserWindow;
    expect(window.options.webPreferences).toEqual(mainWindowPreferences('/p/preload.cjs'));
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://linchpin/index.html');
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('restores and focuses the existing window, and forgets it once closed', () => {
    const window = createMainWindow('/p/preload.cjs') as unknown as FakeBrowserWindow;
    window.minimized = true;
    focusMainWindow();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    sendToRenderer('menu-command', 'find');
    expect(window.webContents.send).toHaveBeenCalledWith('menu-command', 'find');
    window.emit('closed');
    expect(getMainWindow()).toBeNull();
    expect(() => sendToRenderer('lock', 'suspend')).not.toThrow();
  });
});
