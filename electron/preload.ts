import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  isLockReason,
  isMenuCommandId,
} from '../shared/ipc/channels';
import type { LinchpinBridge } from './bridge-types';

/**
 * Subscribes to one main-to-renderer channel. The IPC event object is never handed over (it
 * reaches ipcRenderer), and payloads that are not of the expected kind are ignored.
 */
function subscribe<T>(
  channel: string,
  isValid: (value: unknown) => value is T,
  listener: (value: T) => void,
): () => void {
  const relay = (_event: IpcRendererEvent, value: unknown) => {
    if (isValid(value)) listener(value);
  };
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

const bridge: LinchpinBridge = {
  appInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.appInfo),
  openFile: (args) => ipcRenderer.invoke(INVOKE_CHANNELS.openFile, args),
  saveFile: (args) => ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, args),
  printToPdf: (args) => ipcRenderer.invoke(INVOKE_CHANNELS.printToPdf, args),
  vaultSideRead: (args) => ipcRenderer.invoke(INVOKE_CHANNELS.vaultSideRead, args),
  vaultSideWrite: (args) => ipcRenderer.invoke(INVOKE_CHANNELS.vaultSideWrite, args),
  onLock: (listener) => subscribe(EVENT_CHANNELS.lock, isLockReason, listener),
  onMenuCommand: (listener) => subscribe(EVENT_CHANNELS.menuCommand, isMenuCommandId, listener),
};

contextBridge.exposeInMainWorld('linchpin', bridge);
