import { emptyRoot, loadSha256, zeroise, type KdfParams } from '../../shared/crypto';
import type { Session, VaultInfo, VaultService, VaultSettings } from './api';
import { WrongPassphraseError } from './api';
import { anchorKeeper } from './anchor';
import { appendAudit } from './audit-append';
import { DEFAULT_DB_NAME, openVaultDatabase, type VaultDatabase } from './db';
import {
  clearFailedUnlocks,
  describeFailedUnlocks,
  noteFailedUnlock,
  readFailedUnlocks,
} from './failed-unlocks';
import { armKeyRing, disarmKeyRing, emptyKeyRing, type KeyRing } from './key-ring';
import { createLoaderPool, type LoaderPool } from './load/loader-pool';
import { prefetchWorkspace, type Prefetch } from './load/prefetch';
import { migrateFromV2 } from './migrate-v2';
import { openSession } from './session';
import { DEFAULT_IDLE_MINUTES, readSettings, settingsRecord } from './settings';
import { defaultSideStore, type SideStore } from './side-store';
import { checkVault } from './vault-check';
import {
  createHeader,
  kdfWith,
  parseHeader,
  unlockHeader,
  LEGACY_HEADER_VERSION,
} from './vault-header';

export interface VaultServiceOptions {
  dbName?: string;
  /** Tests pass weaker parameters for speed; the header records whatever was used. */
  kdf?: Partial<KdfParams>;
  now?: () => Date;
  /** Where the rollback anchor and failed-unlock count live (outside IndexedDB); the platform's. */
  side?: SideStore;
}

export function createVaultService(options: VaultServiceOptions = {}): VaultService {
  const name = options.dbName ?? DEFAULT_DB_NAME;
  const kdf = kdfWith(options.kdf);
  const side = options.side ?? defaultSideStore();
  const now = () => (options.now?.() ?? new Date()).toISOString();

  const readHeader = async () => {
    const db = openVaultDatabase(name, emptyKeyRing());
    try {
      const row = await db.readHeader();
      return row ? parseHeader(row) : undefined;
    } finally {
      db.close();
    }
  };

  /** The database around an armed ring; every committed write moves the anchor outside it. */
  const openDb = (ring: KeyRing): VaultDatabase =>
    openVaultDatabase(name, ring, { onCommit: anchorKeeper(side, ring) });

  /** Opens a session on an armed ring; on failure, drops the key and the workers. */
  const start = async (
    pool: LoaderPool,
    ring: KeyRing,
    ready: (db: VaultDatabase) => Promise<VaultSettings>,
    prefetched?: Prefetch,
  ): Promise<Session> => {
    const db = openDb(ring);
    try {
      const sha256 = await loadSha256();
      const settings = await ready(db);
      return openSession({
        db,
        ring,
        write: { sha256, now },
        settings,
        kdf,
        pool,
        side,
        ...(prefetched ? { prefetched } : {}),
      });
    } catch (e) {
      disarmKeyRing(ring);
      pool.dispose();
      db.close();
      throw e;
    }
  };

  return {
    async info(): Promise<VaultInfo> {
      const header = await readHeader();
      return header ? { exists: true, kdf: header.kdf } : { exists: false };
    },

    async create(passphrase: string, userName: string): Promise<Session> {
      if (await readHeader())
        throw new Error('A vault already exists on this computer. Unlock it instead.');
      if (!passphrase) throw new Error('Choose a passphrase to protect the vault.');
      const settings = { userName: userName.trim(), idleLockMinutes: DEFAULT_IDLE_MINUTES };
      const record = settingsRecord(settings);
      const at = now();
      const pool = createLoaderPool();
      const created = await createHeader(passphrase, kdf).catch((e: unknown) => {
        pool.dispose();
        throw e;
      });
      const ring = await armKeyRing(emptyKeyRing(), created.dek);
      const sha256 = await loadSha256();
      return start(pool, ring, async (db) => {
        await db.rewrite(emptyRoot(at), async (tx) => {
          await tx.put('meta', [created.header, record]);
          const detail = `Vault created; Argon2id ${kdf.memoryKiB} KiB, ${kdf.iterations} passes`;
          await appendAudit(
            tx,
            [{ action: 'create', subject: 'vault', targets: [], detail }],
            { actor: settings.userName, at },
            sha256,
          );
        });
        return settings;
      });
    },

    async unlock(passphrase: string, unlockOptions = {}): Promise<Session> {
      const header = await readHeader();
      if (!header) throw new Error('There is no vault on this computer yet. Create one first.');
      // Started before the slow key derivation, so the loader workers are ready when it ends.
      const pool = createLoaderPool();
      const prefetched =
        unlockOptions.prefetch !== false && header.format !== LEGACY_HEADER_VERSION
          ? await startPrefetch(name, side)
          : undefined;
      // A wrong passphrase throws here, before any database is opened for writing.
      const keys = await unlockHeader(header, passphrase).catch(async (e: unknown) => {
        pool.dispose();
        if (e instanceof WrongPassphraseError)
          await noteFailedUnlock(side, now()).catch(() => undefined);
        throw e;
      });
      const ring = await armKeyRing(emptyKeyRing(), keys.dek);
      return start(
        pool,
        ring,
        async (db) => {
          const sha256 = await loadSha256();
          try {
            if (header.format === LEGACY_HEADER_VERSION)
              await migrateFromV2({ db, ring, pool, header, kek: keys.kek, sha256, now: now() });
            else ring.failures.push(...(await checkVault(db, ring, side, pool)).failures);
          } finally {
            zeroise(keys.kek);
          }
          const failed = await readFailedUnlocks(side);
          const settings = await db.write(async (tx) => {
            const stored = (await readSettings(tx)) ?? {
              userName: 'Unknown user',
              idleLockMinutes: DEFAULT_IDLE_MINUTES,
            };
            await appendAudit(
              tx,
              [
                ...(failed
                  ? [
                      {
                        action: 'unlock-failed' as const,
                        subject: 'vault',
                        targets: [],
                        detail: describeFailedUnlocks(failed),
                      },
                    ]
                  : []),
                { action: 'unlock', subject: 'vault', targets: [], detail: 'Vault unlocked' },
              ],
              { actor: stored.userName, at: now() },
              sha256,
            );
            return stored;
          });
          if (failed) await clearFailedUnlocks(side).catch(() => undefined);
          return settings;
        },
        prefetched,
      );
    },
  };
}

/** Reads the sealed rows of the workspace opened last while the key is derived (prefetch.ts). */
async function startPrefetch(name: string, side: SideStore): Promise<Prefetch | undefined> {
  const hint = await side.read('prefetch').catch(() => undefined);
  if (!hint) return undefined;
  const raw = openVaultDatabase(name, emptyKeyRing());
  const prefetch = prefetchWorkspace(raw, hint);
  void prefetch.rows.finally(() => raw.close()).catch(() => undefined);
  return prefetch;
}
