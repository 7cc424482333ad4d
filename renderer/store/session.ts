import type { KdfParams } from '../../shared/crypto';
import type { Workspace } from '../../shared/model';
import type { LoadedWorkspace, Session, VaultSettings } from './api';
import { appendAudit } from './audit-append';
import { createAuditLog } from './audit-log';
import type { VaultDatabase } from './db';
import { History } from './history';
import { alertKey, integrityAlerts } from './integrity-alerts';
import { disarmKeyRing, workspaceKey, type KeyRing } from './key-ring';
import type { LoaderPool } from './load/loader-pool';
import type { Prefetch } from './load/prefetch';
import type { WorkspaceMemory } from './loaded-workspace';
import { runStep, type WriteContext } from './plan-runner';
import { presealPlan } from './presealing';
import { changePassphrase } from './passphrase-change';
import { flushQuarantine, listQuarantine } from './quarantine';
import { settingsOf, settingsRecord } from './settings';
import { settingsChanges } from './settings-change';
import type { SideStore } from './side-store';
import { loadWorkspace } from './workspace-loader';

export interface SessionDeps {
  db: VaultDatabase;
  ring: KeyRing;
  write: Omit<WriteContext, 'db' | 'actor'>;
  settings: VaultSettings;
  /** Parameters for a re-wrapped header: the service's, so a passphrase change can raise them. */
  kdf: KdfParams;
  /** Opens workspaces off the UI thread; ended by lock(). */
  pool: LoaderPool;
  /** Rows read during unlock; good for one open of that workspace until anything is written. */
  prefetched?: Prefetch;
  /** Outside IndexedDB: the workspace to read ahead at the next unlock. */
  side: SideStore;
}

/**
 * An unlocked vault. Everything here refuses to work once lock() has run. Resolves once what the
 * unlock checks found is on record (quarantine, audit log, notice).
 */
export async function openSession({
  db,
  ring,
  write,
  settings: initial,
  kdf,
  pool,
  prefetched,
  side,
}: SessionDeps): Promise<Session> {
  let settings = initial;
  let prefetch = prefetched;
  let memory: WorkspaceMemory | undefined;
  let locked = false;
  const listeners = new Set<() => void>();
  const ctx: WriteContext = {
    ...write,
    db,
    actor: () => settings.userName,
    preseal: (plan) => presealPlan(plan, ring, pool),
  };
  const guard = () => {
    if (locked) throw new Error('The vault is locked. Unlock it to continue.');
  };
  const notify = () => listeners.forEach((l) => l());
  // What the checks found since unlock (even if set aside before): the notice shows these.
  const found = new Set<string>();
  const flush = async (publish = false) => {
    if (!ring.failures.length && !publish) return;
    for (const f of ring.failures) found.add(alertKey(f));
    await flushQuarantine(ctx, ring);
    integrityAlerts.publish(await listQuarantine(db), new Set(found));
  };

  const history = new History(
    async (command, direction) => {
      guard();
      // Any write may touch the prefetched rows, so from now on workspaces are read afresh.
      prefetch = undefined;
      try {
        if (direction === 'apply') await command.prepare?.();
        const plan = await runStep(
          ctx,
          (c) => command[direction](c),
          command.writesMany?.() ?? false,
        );
        if (memory?.apply(plan) && memory.isClosed) memory = undefined;
        notify();
        return plan;
      } finally {
        await flush();
      }
    },
    () => memory?.id,
  );

  const session: Session = {
    get settings() {
      return settings;
    },
    get locked() {
      return locked;
    },
    history,
    audit: createAuditLog(ctx, guard),
    async updateSettings(patch) {
      guard();
      const record = settingsRecord({ ...settings, ...patch });
      const entries = settingsChanges(settings, settingsOf(record)).map((detail) => ({
        action: 'update' as const,
        subject: 'settings',
        targets: [],
        detail,
      }));
      if (entries.length === 0) return;
      // Recorded under the name in force before the change, as every earlier event is.
      await db.write(async (tx) => {
        await tx.put('meta', [record]);
        await appendAudit(tx, entries, { actor: settings.userName, at: ctx.now() }, ctx.sha256);
      });
      settings = settingsOf(record);
      notify();
    },
    async listWorkspaces() {
      guard();
      const list = await db.read((tx) => tx.all<Workspace>('workspaces'));
      await flush();
      return list.sort((a, b) => a.name.localeCompare(b.name));
    },
    async openWorkspace(id) {
      guard();
      const key = workspaceKey(ring, id);
      const early = prefetch?.workspaceKey === key ? prefetch : undefined;
      prefetch = undefined;
      try {
        const rows = early ? await early.rows.catch(() => undefined) : undefined;
        memory = await loadWorkspace({ db, ring, pool, prefetched: rows }, id);
      } finally {
        // Published even when nothing is new: records set aside earlier still need their notice.
        await flush(true);
      }
      await side.write('prefetch', key).catch(() => undefined);
      await session.audit.record({
        action: 'view',
        subject: 'workspace',
        targets: [id],
        workspaceId: id,
        detail: 'Opened workspace',
      });
      notify();
      return memory.snapshot();
    },
    current: (): LoadedWorkspace | undefined => (locked ? undefined : memory?.snapshot()),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async quarantined() {
      guard();
      await flush();
      return listQuarantine(db);
    },
    async changePassphrase(oldPassphrase, newPassphrase, options) {
      guard();
      await flush();
      prefetch = undefined;
      try {
        await changePassphrase(
          ctx,
          { ring, pool, side, kdf },
          oldPassphrase,
          newPassphrase,
          options?.reencrypt ?? true,
        );
      } finally {
        await flush();
      }
    },
    async lock(reason) {
      if (locked) return;
      try {
        await session.audit.record({
          action: 'lock',
          subject: 'vault',
          targets: [],
          detail: `Locked (${reason})`,
        });
        await flush();
      } finally {
        // Whatever happened to the audit write, the keys and plaintext go.
        locked = true;
        prefetch = undefined;
        disarmKeyRing(ring);
        integrityAlerts.clear();
        memory?.clear();
        memory = undefined;
        history.clear();
        pool.dispose();
        db.close();
        notify();
      }
    },
  };
  await flush(true);
  return session;
}
