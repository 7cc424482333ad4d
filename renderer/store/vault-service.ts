import { loadSha256, zeroise, type KdfParams } from '../../shared/crypto';
import type { Session, VaultInfo, VaultService, VaultSettings } from './api';
import { appendAudit } from './audit-append';
import { importDataKey } from './load/open-rows';
import { createLoaderPool, type LoaderPool } from './load/loader-pool';
import { prefetchWorkspace, type Prefetch } from './load/prefetch';
import { DEFAULT_DB_NAME, openVaultDatabase } from './db';
import { emptyKeyRing } from './key-ring';
import { openSession } from './session';
import { DEFAULT_IDLE_MINUTES, readSettings, settingsRecord } from './settings';
import { createHeader, kdfWith, openHeader, parseHeader } from './vault-header';

export interface VaultServiceOptions {
  dbName?: string;
  /** Tests pass weaker parameters for speed; the header records whatever was used. */
  kdf?: Partial<KdfParams>;
  now?: () => Date;
}

export function createVaultService(options: VaultServiceOptions = {}): VaultService {
  const name = options.dbName ?? DEFAULT_DB_NAME;
  const kdf = kdfWith(options.kdf);
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

  /** Opens the database around an unwrapped data key and records `action` in the audit log. */
  const start = async (
    pool: LoaderPool,
    dek: Uint8Array,
    settings: VaultSettings | undefined,
    write: (db: ReturnType<typeof openVaultDatabase>) => Promise<VaultSettings>,
    prefetched?: Prefetch,
  ) => {
    const ring = emptyKeyRing();
    ring.dek = dek;
    ring.cryptoKey = await importDataKey(dek);
    const db = openVaultDatabase(name, ring);
    try {
      const sha256 = await loadSha256();
      const ready = await write(db);
      const session = {
        db,
        ring,
        write: { sha256, now },
        settings: settings ?? ready,
        kdf,
        pool,
        prefetched,
      };
      return openSession(session);
    } catch (e) {
      zeroise(dek);
      pool.dispose();
      db.close();
      throw e;
    }
  };

  return {
    async info(): Promise<VaultInfo> {
      const header = await readHeader();
      return header
        ? { exists: true, kdf: header.kdf, createdAt: header.createdAt }
        : { exists: false };
    },

    async create(passphrase: string, userName: string): Promise<Session> {
      if (await readHeader())
        throw new Error('A vault already exists on this computer. Unlock it instead.');
      if (!passphrase) throw new Error('Choose a passphrase to protect the vault.');
      const settings = { userName: userName.trim(), idleLockMinutes: DEFAULT_IDLE_MINUTES };
      const record = settingsRecord(settings);
      const at = now();
      const pool = createLoaderPool();
      const { header, dek } = await createHeader(passphrase, kdf, at).catch((e: unknown) => {
        pool.dispose();
        throw e;
      });
      const sha256 = await loadSha256();
      return start(pool, dek, settings, async (db) => {
        await db.write(async (tx) => {
          await tx.put('meta', [header, record]);
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
      const rawDb = unlockOptions.prefetch ? openVaultDatabase(name, emptyKeyRing()) : undefined;
      const prefetched =
        rawDb && unlockOptions.prefetch
          ? prefetchWorkspace(rawDb, unlockOptions.prefetch)
          : undefined;
      void prefetched?.rows.finally(() => rawDb?.close()).catch(() => undefined);
      // A wrong passphrase throws here, before any database is opened for writing.
      const dek = await openHeader(header, passphrase).catch((e: unknown) => {
        pool.dispose();
        throw e;
      });
      return start(
        pool,
        dek,
        undefined,
        async (db) => {
          const sha256 = await loadSha256();
          return db.write(async (tx) => {
            const settings = (await readSettings(tx)) ?? {
              userName: 'Unknown user',
              idleLockMinutes: DEFAULT_IDLE_MINUTES,
            };
            await appendAudit(
              tx,
              [{ action: 'unlock', subject: 'vault', targets: [], detail: 'Vault unlocked' }],
              { actor: settings.userName, at: now() },
              sha256,
            );
            return settings;
          });
        },
        prefetched,
      );
    },
  };
}
