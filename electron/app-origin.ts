/** Where the renderer lives: a privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'linchpin';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs of our own origin, app://linchpin/... */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
