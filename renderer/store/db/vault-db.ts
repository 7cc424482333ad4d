import Dexie, { type Table } from 'dexie';
import type { KeyRing } from '../key-ring';
import type { ManifestRegistry } from './manifest-registry';
import { rawCoreMiddleware, sealMiddleware } from './seal-middleware';
import { DEXIE_SCHEMA } from './tables';

export const DEFAULT_DB_NAME = 'linchpin-vault';

/**
 * Dexie schema 4: rows carry the workspace blind key `w` (indexed with the id) instead of a clear
 * workspace id, links lose their clear source and target indexes, and the sealed manifest and
 * quarantine tables appear, with the tables added since format 2 (chart placements, "not a
 * duplicate" decisions, orders, safeguarding records, registers, board meetings). Dexie moves the indexes on first open, before any key exists; the
 * rows themselves are re-sealed at the first unlock (store/migrate-v2.ts).
 */
export const DEXIE_VERSION = 4;

/**
 * A Dexie instance on the vault. With a key ring it seals and opens records; without one it reads
 * and writes stored rows exactly as they are (used for the clear header, bulk loads and tests).
 */
export function openDexie(name: string, ring?: KeyRing, manifests?: ManifestRegistry): Dexie {
  const db = new Dexie(name, { autoOpen: true });
  db.version(DEXIE_VERSION).stores(DEXIE_SCHEMA);
  if (ring && manifests) db.use(rawCoreMiddleware(manifests)).use(sealMiddleware(ring, manifests));
  return db;
}

export type AnyTable = Table<Record<string, unknown>, unknown>;
