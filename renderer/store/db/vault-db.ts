import Dexie, { type Table } from 'dexie';
import type { KeyRing } from '../key-ring';
import { sealMiddleware } from './seal-middleware';
import { DEXIE_SCHEMA } from './tables';

export const DEFAULT_DB_NAME = 'linchpin-vault';

/**
 * A Dexie instance on the vault. With a key ring it seals and opens records; without one it reads
 * and writes stored rows exactly as they are (used for the clear header, bulk loads and tests).
 */
export function openDexie(name: string, ring?: KeyRing): Dexie {
  const db = new Dexie(name, { autoOpen: true });
  // Version 3 added the partnership tables; 4 the chart placements, "not a duplicate" decisions,
  // orders, safeguarding records, registers and board meetings. Dexie creates new tables on first
  // open of an older vault.
  db.version(4).stores(DEXIE_SCHEMA);
  if (ring) db.use(sealMiddleware(ring));
  return db;
}

export type AnyTable = Table<Record<string, unknown>, unknown>;
