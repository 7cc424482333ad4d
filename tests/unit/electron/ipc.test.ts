import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { handleChannel, registerIpcHandlers } from '../../../electron/ipc';
import { FakeBrowserWindow } from './fake-electron';

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => listeners.set(channel, listener),
  };
  const invoke = (channel: string, event: unknown, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { ipcMain: ipcMain as unknown as IpcMain, invoke, listeners };
}

let window: FakeBrowserWindow;
const getWindow = () => window as unknown as BrowserWindow;

function eventFrom(overrides: { sender?: unknown; frame?: Record<string, unknown> | null } = {}) {
  const frame =
    overrides.frame === null
      ? null
      : { ...window.webContents.mainFrame, ...(overrides.frame ?? {}) };
  return {
    sender: overrides.sender ?? window.webContents,
    senderFrame: frame,
  } as unknown as IpcMainInvokeEvent;
}

beforeEach(() => {
  window = new FakeBrowserWindow({});
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('electron/ipc', () => {
  it('runs the handler with the parsed argument for our own window', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn(() => ({ saved: true }));
    handleChannel(ipcMain, 'print:to-pdf', getWindow, handler);
    await expect(
      invoke('print:to-pdf', eventFrom(), { suggestedName: 'profile.pdf' }),
    ).resolves.toEqual({
      saved: true,
    });
    // The schema's default for options has been applied before the handler sees it.
    expect(handler).toHaveBeenCalledWith(
      { suggestedName: 'profile.pdf', options: {} },
      expect.anything(),
      window,
    );
  });

  it('refuses senders other than the top frame of our window showing app://linchpin', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    handleChannel(ipcMain, 'app:info', getWindow, handler);
    const other = new FakeBrowserWindow({});
    const foreign = [
      eventFrom({ sender: other.webContents }),
      eventFrom({ frame: null }),
      eventFrom({ frame: { url: 'file:///tmp/evil.html' } }),
      eventFrom({ frame: { url: 'https://example.org/' } }),
      eventFrom({ frame: { routingId: 99, parent: window.webContents.mainFrame } }),
      eventFrom({ frame: { processId: 1234 } }),
    ];
    for (const event of foreign) {
      await expect(invoke('app:info', event)).rejects.toThrow('did not come from its own window');
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses everything once the window is gone', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    handleChannel(ipcMain, 'app:info', getWindow, handler);
    const event = eventFrom();
    window.destroyed = true;
    await expect(invoke('app:info', event)).rejects.toThrow('did not come from its own window');
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments with a message naming the problem', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    handleChannel(ipcMain, 'dialog:save-file', getWindow, handler);
    const bad = [
      { suggestedName: '../../.bashrc', data: 'x' },
      { suggestedName: 'a.csv', data: 42 },
      { suggestedName: 'a.csv', data: 'x', path: '/etc/passwd' },
      { suggestedName: 'a.csv', data: 'x', filters: [{ name: 'CSV', extensions: ['c;sv'] }] },
      'a.csv',
      undefined,
    ];
    for (const args of bad) {
      await expect(invoke('dialog:save-file', eventFrom(), args)).rejects.toThrow(
        'malformed request',
      );
    }
    await expect(
      invoke('dialog:save-file', eventFrom(), { suggestedName: 'a.csv', data: 'x' }, 'extra'),
    ).rejects.toThrow('malformed request');
    await expect(
      invoke('dialog:save-file', eventFrom(), { suggestedName: 'a/b.csv', data: 'x' }),
    ).rejects.toThrow('cannot contain a folder');
    expect(handler).not.toHaveBeenCalled();
  });

  it('registers every channel of the contract', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const none = vi.fn();
    registerIpcHandlers(ipcMain, getWindow, {
      'app:info': none,
      'dialog:open-file': none,
      'dialog:save-file': none,
      'print:to-pdf': none,
      'vault:side-read': none,
      'vault:side-write': none,
    });
    expect([...listeners.keys()].sort()).toEqual([
      'app:info',
      'dialog:open-file',
      'dialog:save-file',
      'print:to-pdf',
      'vault:side-read',
      'vault:side-write',
    ]);
  });
});
