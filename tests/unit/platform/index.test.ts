import { describe, expect, it, vi } from 'vitest';
import type { LinchpinBridge } from '../../../electron/bridge-types';
import { cleanIpcError } from '../../../renderer/platform/electron-bridge';
import { selectPlatform } from '../../../renderer/platform';
import type { Platform } from '../../../renderer/platform';

function fakeBridge(overrides: Partial<LinchpinBridge> = {}): LinchpinBridge {
  return {
    appInfo: vi.fn(),
    openFile: vi.fn(async () => null),
    saveFile: vi.fn(async () => ({ saved: true, path: '/home/a/x.csv' })),
    printToPdf: vi.fn(async () => ({ saved: false })),
    onLock: vi.fn(() => () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
    vaultSideRead: vi.fn(async () => null),
    vaultSideWrite: vi.fn(async () => undefined),
    ...overrides,
  };
}

const browser = { kind: 'browser' } as Platform;

describe('renderer/platform selection', () => {
  it('uses the Electron bridge when the preload exposed window.linchpin', () => {
    expect(selectPlatform({ linchpin: fakeBridge() }, () => browser).kind).toBe('electron');
  });

  it('falls back to the browser otherwise', () => {
    expect(selectPlatform({}, () => browser)).toBe(browser);
  });
});

describe('renderer/platform/electron-bridge', () => {
  it('maps calls onto the bridge and its results to booleans', async () => {
    const bridge = fakeBridge();
    const platform = selectPlatform({ linchpin: bridge }, () => browser);
    expect(
      await platform.saveFile({ suggestedName: 'x.csv', data: 'a', mimeType: 'text/csv' }),
    ).toBe(true);
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'x.csv', data: 'a' });
    expect(
      await platform.printToPdf({ suggestedName: 'p', landscape: true, marking: 'OFFICIAL' }),
    ).toBe(false);
    expect(bridge.printToPdf).toHaveBeenCalledWith({
      suggestedName: 'p',
      options: { landscape: true, marking: 'OFFICIAL' },
    });
    expect(await platform.openFile()).toBeNull();
    expect(bridge.openFile).toHaveBeenCalledWith({});
  });

  it("strips Electron's remote-method prefix so the analyst reads the main process's sentence", async () => {
    const message =
      "Error invoking remote method 'dialog:open-file': Error: huge.csv is 900 MB; Linchpin opens files up to 512 MB.";
    const bridge = fakeBridge({ openFile: vi.fn(async () => Promise.reject(new Error(message))) });
    const platform = selectPlatform({ linchpin: bridge }, () => browser);
    await expect(platform.openFile()).rejects.toThrow(/^huge\.csv is 900 MB/);
    expect(cleanIpcError(new Error('plain')).message).toBe('plain');
  });
});
