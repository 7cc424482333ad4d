import type { QuarantinedRecord } from './api';

/**
 * What the vault has set aside, as the notice on an open workspace shows it. One per page: the
 * app has one session at a time, and the notice is mounted deep inside the workspace view, which
 * is not handed the session. The session publishes here after every check; lock() empties it.
 */
export interface IntegrityAlerts {
  /**
   * Set-aside records of this workspace, and the vault's own findings from this session; with no
   * workspace (the workspace list), the vault's own findings alone.
   */
  forWorkspace(workspaceId: string | undefined): readonly QuarantinedRecord[];
  subscribe(listener: () => void): () => void;
  /** The session's view: every quarantined record, and which were found since unlock. */
  publish(all: readonly QuarantinedRecord[], foundThisSession: ReadonlySet<string>): void;
  clear(): void;
}

export function createIntegrityAlerts(): IntegrityAlerts {
  let records: readonly QuarantinedRecord[] = [];
  let session: ReadonlySet<string> = new Set();
  const cache = new Map<string | undefined, readonly QuarantinedRecord[]>();
  const listeners = new Set<() => void>();
  const notify = () => {
    cache.clear();
    for (const l of [...listeners]) l();
  };
  return {
    forWorkspace(workspaceId) {
      // The same array until something changes, as useSyncExternalStore requires.
      let list = cache.get(workspaceId);
      if (!list) {
        list = records.filter((r) =>
          r.workspaceId ? r.workspaceId === workspaceId : session.has(alertKey(r)),
        );
        cache.set(workspaceId, list);
      }
      return list;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(all, found) {
      records = all;
      session = found;
      notify();
    },
    clear() {
      records = [];
      session = new Set();
      notify();
    },
  };
}

export function alertKey(r: { table: string; id: string }): string {
  return `${r.table}\u0000${r.id}`;
}

/** The page's one instance, read by the workspace's quarantine notice. */
export const integrityAlerts = createIntegrityAlerts();
