import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * True only when a message comes from the top frame of our own window showing app://linchpin.
 * Anything else (a destroyed frame, an iframe, another webContents, a navigated page) is refused.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame) return false;
  const main = window.webContents.mainFrame;
  return (
    event.sender.id === window.webContents.id &&
    frame.processId === main.processId &&
    frame.routingId === main.routingId &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}
