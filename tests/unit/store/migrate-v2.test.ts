import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { WrongPassphraseError, createVaultService } from '../../../renderer/store';
import type * as AuditAppend from '../../../renderer/store/audit-append';
import { snapshot } from './helpers';

/** A vault written by format 2 (tests/fixtures/vault/README.md), loaded as it sat on disk. */
const FIXTURE = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../fixtures/vault/v2-vault.json', import.meta.url)),
    'utf8',
  ),
  (_key, value: unknown) =>
    value && typeof value === 'object' && '$bytes' in value
      ? new Uint8Array(Buffer.from((value as { $bytes: string }).$bytes, 'base64'))
      : value,
) as {
  passphrase: string;
  dexieVersion: number;
  schema: Record<string, string>;
  workspaces: { fixture: string; second: string };
  ids: { nominal: string; phone: string; location: string; intel: string };
  tables: Record<string, Record<string, unknown>[]>;
};

const failing = vi.hoisted(() => ({ on: false }));
vi.mock('../../../renderer/store/audit-append', async (importOriginal) => {
  const real = await importOriginal<typeof AuditAppend>();
  return {
    ...real,
    appendAudit: (...args: Parameters<typeof real.appendAudit>) => {
      if (failing.on && args[1].some((e) => /format 2 to format 3/.test(e.detail ?? '')))
        throw new Error('Injected failure at the end of the migration');
      return real.appendAudit(...args);
    },
  };
});

let n = 0;
async function v2Vault(edit?: (tables: typeof FIXTURE.tables) => void) {
  const dbName = `linchpin-v2-${process.pid}-${++n}`;
  const tables = structuredClone(FIXTURE.tables);
  edit?.(tables);
  const db = new Dexie(dbName);
  db.version(FIXTURE.dexieVersion).stores(FIXTURE.schema);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.bulkPut(tables[table.name] ?? []);
  });
  db.close();
  return { dbName, service: createVaultService({ dbName }) };
}

describe('moving a format-2 vault to format 3 at its first unlock', () => {
  it('carries every record and audit event, re-sealed under the new layout', async () => {
    const { dbName, service } = await v2Vault();
    expect((await service.info()).exists).toBe(true);
    const session = await service.unlock(FIXTURE.passphrase);
    expect(session.settings.userName).toBe('DC Fixture (fictional)');
    expect(await session.quarantined()).toEqual([]);
    const names = (await session.listWorkspaces()).map((w) => w.name);
    expect(names).toEqual(['Operation Fixture (fictional)', 'Operation Second (fictional)']);
    const ws = await session.openWorkspace(FIXTURE.workspaces.fixture);
    expect(ws.entities.size).toBe(3);
    expect(ws.links.size).toBe(2);
    expect(ws.intel.size).toBe(1);
    expect(ws.views.size).toBe(1);
    expect(ws.entities.get(FIXTURE.ids.nominal)?.notes).toBe('Edited once (invented)');
    const second = await session.openWorkspace(FIXTURE.workspaces.second);
    expect([...second.entities.values()].map((e) => e.label)).toEqual(['Grey hatchback']);

    // Every old event, with its old hash, then the migration and the unlock.
    const events = await session.audit.list();
    const old = FIXTURE.tables.audit!.length;
    expect(
      events
        .slice(old)
        .map((e) => `${e.action} ${e.subject}`)
        .slice(0, 2),
    ).toEqual(['update vault', 'unlock vault']);
    expect(events[old]?.detail).toMatch(/format 2 to format 3.*2 workspaces.*4 entities/);
    expect(await session.audit.verify()).toMatchObject({ ok: true });

    const stored = await snapshot(dbName);
    const header = stored.meta!.find((r) => r.id === 'header')!;
    expect(header.format).toBe(3);
    expect(header.createdAt).toBeUndefined();
    expect(stored.meta!.map((r) => r.id).sort()).toEqual(['header', 'root', 'settings']);
    for (const row of stored.entities!) expect(Object.keys(row).sort()).toEqual(['env', 'id', 'w']);
    for (const row of stored.links!) expect(Object.keys(row).sort()).toEqual(['env', 'id', 'w']);
    expect(stored.quarantine).toEqual([]);
    // Same salt and parameters: the passphrase is unchanged, only the layout moved.
    const oldHeader = FIXTURE.tables.meta!.find((r) => r.id === 'header')!;
    expect(header.salt).toEqual(oldHeader.salt);
    await session.lock('user');

    const again = await service.unlock(FIXTURE.passphrase);
    expect(await again.quarantined()).toEqual([]);
    const moves = (await again.audit.list({ action: 'update' })).filter(
      (e) => e.subject === 'vault',
    );
    expect(moves).toHaveLength(1);
  });

  it('refuses a wrong passphrase without touching a byte', async () => {
    const { dbName, service } = await v2Vault();
    // Opening moves the indexes to schema 4 (no key needed); the rows stay as they were.
    await service.info();
    const before = await snapshot(dbName);
    for (const [table, rows] of Object.entries(FIXTURE.tables)) expect(before[table]).toEqual(rows);
    await expect(service.unlock('not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await snapshot(dbName)).toEqual(before);
  });

  it('is all or nothing: a failure at its last step leaves the format-2 vault as it was', async () => {
    const { dbName, service } = await v2Vault();
    await service.info();
    const before = await snapshot(dbName);
    failing.on = true;
    try {
      await expect(service.unlock(FIXTURE.passphrase)).rejects.toThrow(/Injected failure/);
    } finally {
      failing.on = false;
    }
    expect(await snapshot(dbName)).toEqual(before);
    const session = await service.unlock(FIXTURE.passphrase);
    expect((await session.openWorkspace(FIXTURE.workspaces.fixture)).entities.size).toBe(3);
  });

  it('carries a damaged record into the sealed quarantine, with the links that needed it', async () => {
    const { service } = await v2Vault((tables) => {
      const row = tables.entities!.find((r) => r.id === FIXTURE.ids.phone)!;
      row.env = (row.env as Uint8Array).map((x, i) => (i === 30 ? x ^ 1 : x));
    });
    const session = await service.unlock(FIXTURE.passphrase);
    const q = await session.quarantined();
    expect(q.map((r) => `${r.table} ${r.id}`)).toEqual(
      expect.arrayContaining([`entities ${FIXTURE.ids.phone}`]),
    );
    expect(q.find((r) => r.table === 'links')?.reason).toMatch(/end of this link is missing/);
    const ws = await session.openWorkspace(FIXTURE.workspaces.fixture);
    expect(ws.entities.size).toBe(2);
    expect(ws.links.size).toBe(1);
  });
});
