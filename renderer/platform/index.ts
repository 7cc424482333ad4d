import { version } from '../../package.json';
import type { WindowWithBridge } from '../../shared/ipc/bridge';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron-bridge';
import type { Platform } from './types';

export type * from './types';
export { createBrowserPlatform } from './browser';
export { createElectronPlatform } from './electron-bridge';

/** Electron's preload leaves window.linchpin; anywhere else the browser implementation is used. */
export function selectPlatform(host: WindowWithBridge, browser: () => Platform): Platform {
  return host.linchpin ? createElectronPlatform(host.linchpin) : browser();
}

let chosen: Platform | undefined;

/** Chosen once at start-up, then the same object for the life of the page. */
export function getPlatform(): Platform {
  chosen ??= selectPlatform(window as WindowWithBridge, () =>
    createBrowserPlatform({
      document,
      url: URL,
      print: () => window.print(),
      userAgent: navigator.userAgent,
      version,
      later: (run, milliseconds) => void setTimeout(run, milliseconds),
      storage: window.localStorage,
    }),
  );
  return chosen;
}
