import path from 'node:path';
import { app, ipcMain, powerMonitor, session } from 'electron';
import { EVENT_CHANNELS } from '../shared/ipc/channels';
import { appInfo } from './app-info';
import { openFile, saveFile } from './files';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { forwardPowerEvents } from './power';
import { printToPdf } from './print';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { disableAutofillFeatures, disableFormMemory } from './form-memory';
import { blockNetworkRequests, denyAllPermissions, installSecurityPolicy } from './security';
import { claimSingleInstance } from './single-instance';
import { vaultSideFiles } from './vault-side-files';
import { createMainWindow, focusMainWindow, getMainWindow, sendToRenderer } from './windows';

// Bundled to dist/electron/main.cjs, beside preload.cjs and next to dist/renderer.
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_ROOT = path.join(__dirname, '..', 'renderer');

function start(): void {
  const side = vaultSideFiles(app.getPath('userData'));
  denyAllPermissions(session.defaultSession);
  disableFormMemory(session.defaultSession);
  blockNetworkRequests(session.defaultSession);
  serveAppProtocol(RENDERER_ROOT);
  registerIpcHandlers(ipcMain, getMainWindow, {
    'app:info': () => appInfo(app),
    'dialog:open-file': (args, _event, window) => openFile(args, window),
    'dialog:save-file': (args, _event, window) => saveFile(args, window),
    'print:to-pdf': (args, event, window) => printToPdf(args, event.sender, window),
    'vault:side-read': (args) => side.read(args),
    'vault:side-write': (args) => side.write(args),
  });
  installApplicationMenu({
    appName: app.getName(),
    isMac: process.platform === 'darwin',
    packaged: app.isPackaged,
    send: (id) => sendToRenderer(EVENT_CHANNELS.menuCommand, id),
  });
  forwardPowerEvents(powerMonitor, (reason) => sendToRenderer(EVENT_CHANNELS.lock, reason));
  createMainWindow(PRELOAD_PATH);
}

app.enableSandbox();
disableAutofillFeatures(app);
registerAppScheme();
if (claimSingleInstance(app, focusMainWindow)) {
  installSecurityPolicy(app);
  // Closing the window ends the session on every platform, so keys never outlive the window.
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] Linchpin could not start:', error);
      app.quit();
    });
}
