import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeElectron } from './fake-electron';
import { FakeBrowserWindow, createFakeElectron } from './fake-electron';

let fake: FakeElectron;

async function startMain(lock: boolean): Promise<void> {
  fake = createFakeElectron();
  fake.app.state.singleInstanceLock = lock;
  vi.resetModules();
  vi.doMock('electron', () => fake);
  await import('../../../electron/main');
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

beforeEach(() => {
  FakeBrowserWindow.instances = [];
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('electron/main', () => {
  it('registers the app:// scheme and enables the sandbox before the app is ready', async () => {
    await startMain(true);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    const [schemes] = fake.protocol.registerSchemesAsPrivileged.mock.calls[0] as [unknown[]];
    expect(schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('requests the single-instance lock and focuses the window on a second launch', async () => {
    await startMain(true);
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    fake.app.becomeReady();
    await flush();
    const window = FakeBrowserWindow.instances[0];
    if (!window) throw new Error('no window was created');
    expect(window.loadURL).toHaveBeenCalledWith('app://linchpin/index.html');
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('quits without opening a window when another copy holds the lock', async () => {
    await startMain(false);
    expect(fake.app.quit).toHaveBeenCalled();
    fake.app.becomeReady();
    await flush();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.app.listenerCount('web-contents-created')).toBe(0);
  });

  it('once ready, locks the session down and wires IPC, menu, protocol and power events', async () => {
    await startMain(true);
    fake.app.becomeReady();
    await flush();
    const session = fake.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = fake.ipcMain.handle.mock.calls.map((call) => call[0]).sort();
    expect(channels).toEqual([
      'app:info',
      'dialog:open-file',
      'dialog:save-file',
      'print:to-pdf',
      'vault:side-read',
      'vault:side-write',
    ]);
    // Nothing typed is remembered: no spell-checker dictionary, no autofill features.
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(fake.app.commandLine.appendSwitch).toHaveBeenCalledWith(
      'disable-features',
      expect.stringContaining('Autofill'),
    );
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);

    fake.powerMonitor.emit('lock-screen');
    const window = FakeBrowserWindow.instances[0];
    expect(window?.webContents.send).toHaveBeenCalledWith('lock', 'screen-lock');
  });
});
