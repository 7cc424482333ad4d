import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import type { Entity, Link } from '../../../shared/model';
import type { NewEntity, NewLink, Session } from '../../../renderer/store';
import { createVaultService, memorySideStore } from '../../../renderer/store';
import { createEntity, createLink, createWorkspace } from '../../../renderer/store/commands';

/** Weak Argon2id settings so tests run fast; the header records them like any others. */
export const FAST_KDF = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
export const PASS = 'correct horse battery staple';

let counter = 0;
export function freshService() {
  const dbName = `linchpin-test-${process.pid}-${++counter}`;
  // What the vault keeps outside IndexedDB (rollback anchor, failed unlocks, prefetch hint).
  const side = memorySideStore();
  return { dbName, side, service: createVaultService({ dbName, kdf: FAST_KDF, side }) };
}

/** Opens the database as an attacker with the disk would: no middleware, rows as stored. */
export async function rawDb(dbName: string): Promise<Dexie> {
  const db = new Dexie(dbName);
  await db.open();
  return db;
}

export type Snapshot = Record<string, Record<string, unknown>[]>;

/** Every stored row of every table, as an attacker copying the disk would keep them. */
export async function snapshot(dbName: string): Promise<Snapshot> {
  const db = await rawDb(dbName);
  try {
    const out: Snapshot = {};
    for (const table of db.tables) out[table.name] = await table.toArray();
    return out;
  } finally {
    db.close();
  }
}

/** Puts a copy back: every table emptied and refilled with the rows of the snapshot. */
export async function restore(dbName: string, copy: Snapshot): Promise<void> {
  const db = await rawDb(dbName);
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) {
        await table.clear();
        await table.bulkPut(copy[table.name] ?? []);
      }
    });
  } finally {
    db.close();
  }
}

/** Runs an edit on the stored rows of one table, as an attacker with the disk would. */
export async function editRaw(
  dbName: string,
  table: string,
  edit: (t: Dexie.Table<Record<string, unknown>, unknown>) => Promise<unknown>,
): Promise<void> {
  const db = await rawDb(dbName);
  try {
    await edit(db.table(table));
  } finally {
    db.close();
  }
}

function bytesToHex(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { hex: Buffer.from(value).toString('hex') };
  return value;
}

/** Every row of every table, serialised so that any change to any byte shows. */
export async function dump(dbName: string): Promise<string> {
  const db = await rawDb(dbName);
  try {
    const out: Record<string, unknown> = {};
    for (const table of db.tables) out[table.name] = await table.toArray();
    return JSON.stringify(out, bytesToHex);
  } finally {
    db.close();
  }
}

export function nominal(label: string, surname: string, extra: Partial<Entity> = {}): NewEntity {
  return {
    kind: 'nominal',
    label,
    notes: '',
    classification: 'OFFICIAL',
    provenance: [],
    attrs: { forenames: label.split(' ')[0] ?? '', surname, aliases: [], roles: ['suspect'] },
    ...extra,
  } as NewEntity;
}

export function link(source: string, target: string, extra: Partial<Link> = {}): NewLink {
  return {
    source,
    target,
    kind: 'associate',
    label: '',
    strength: 3,
    provenance: [],
    classification: 'OFFICIAL',
    notes: '',
    ...extra,
  };
}

/** A vault with one open workspace holding two linked nominals. */
export async function seeded() {
  const { dbName, service, side } = freshService();
  const session = await service.create(PASS, 'DC Test');
  const ws = createWorkspace({ name: 'Operation Test' });
  await session.history.execute(ws);
  const a = createEntity(ws.id, nominal('Tyrone Okafor', 'Okafor'));
  const b = createEntity(ws.id, nominal('Kayleigh Brennan', 'Brennan'));
  await session.history.execute(a);
  await session.history.execute(b);
  const l = createLink(ws.id, link(a.id, b.id));
  await session.history.execute(l);
  await session.openWorkspace(ws.id);
  return { dbName, service, side, session, workspaceId: ws.id, a: a.id, b: b.id, link: l.id };
}

export function loaded(session: Session) {
  const current = session.current();
  if (!current) throw new Error('No workspace open');
  return current;
}
