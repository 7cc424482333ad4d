import { describe, expect, it, vi } from 'vitest';
import type { LinchpinBridge } from '../../../electron/bridge-types';

const fake = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => fake);

await import('../../../electron/preload');

const exposed = fake.contextBridge.exposeInMainWorld.mock.calls;
const bridge = exposed[0]?.[1] as LinchpinBridge;

describe('electron/preload', () => {
  it('exposes one object, window.linchpin, made of named functions only', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('linchpin');
    expect(Object.keys(bridge).sort()).toEqual([
      'appInfo',
      'onLock',
      'onMenuCommand',
      'openFile',
      'printToPdf',
      'saveFile',
      'vaultSideRead',
      'vaultSideWrite',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes the contract channels with the arguments unchanged', async () => {
    await bridge.appInfo();
    await bridge.openFile({ title: 'Open' });
    await bridge.saveFile({ suggestedName: 'a.csv', data: 'x' });
    await bridge.printToPdf({ suggestedName: 'p.pdf' });
    await bridge.vaultSideRead({ slot: 'anchor' });
    await bridge.vaultSideWrite({ slot: 'anchor', text: '{}' });
    expect(fake.ipcRenderer.invoke.mock.calls).toEqual([
      ['app:info'],
      ['dialog:open-file', { title: 'Open' }],
      ['dialog:save-file', { suggestedName: 'a.csv', data: 'x' }],
      ['print:to-pdf', { suggestedName: 'p.pdf' }],
      ['vault:side-read', { slot: 'anchor' }],
      ['vault:side-write', { slot: 'anchor', text: '{}' }],
    ]);
  });

  it('relays lock and menu events without the IPC event, ignores unknown payloads, and unsubscribes', () => {
    const onLock = vi.fn();
    const onMenu = vi.fn();
    const offLock = bridge.onLock(onLock);
    const offMenu = bridge.onMenuCommand(onMenu);
    fake.ipcRenderer.emit('lock', { sender: fake.ipcRenderer }, 'suspend');
    fake.ipcRenderer.emit('lock', { sender: fake.ipcRenderer }, 'format-disk');
    fake.ipcRenderer.emit('menu-command', { sender: fake.ipcRenderer }, 'find');
    fake.ipcRenderer.emit('menu-command', { sender: fake.ipcRenderer }, { evil: true });
    expect(onLock.mock.calls).toEqual([['suspend']]);
    expect(onMenu.mock.calls).toEqual([['find']]);
    offLock();
    offMenu();
    expect(fake.ipcRenderer.listenerCount('lock')).toBe(0);
    expect(fake.ipcRenderer.listenerCount('menu-command')).toBe(0);
  });
});
