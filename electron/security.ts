import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/** Navigation stays inside app://linchpin; new windows and <webview> are never created. */
export function hardenWebContents(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    console.warn(`[security] blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('[security] blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`[security] blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}

export function installSecurityPolicy(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** The app needs no camera, microphone, location, notifications or anything else: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`[security] denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** The app is offline by design: any request to the network is cancelled, whatever asked for it. */
export const NETWORK_URL_PATTERNS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
];

export function blockNetworkRequests(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    console.warn(`[security] blocked network request to ${details.url}`);
    callback({ cancel: true });
  });
}
