import type { App } from 'electron';

/**
 * One running copy per user: two copies would hold the vault open twice and race on IndexedDB.
 * Returns false (and quits) when another copy already runs; that copy is asked to come forward.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  focusExisting: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focusExisting());
  return true;
}
