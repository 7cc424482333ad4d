import { describe, expect, it } from 'vitest';
import {
  encrypt,
  newDataKey,
  recordAadV2,
  sealRecord,
  tagOf,
  utf8,
} from '../../../../shared/crypto';
import { sliceRows } from '../../../../renderer/store/load/chunk';
import { packRows, unpackRows } from '../../../../renderer/store/load/packed-rows';
import { inThreadPool } from '../../../../renderer/store/load/loader-pool';
import { importDataKey, openRows } from '../../../../renderer/store/load/open-rows';

const now = '2026-01-01T00:00:00.000Z';
const ws = 'ws_00000000000000000001';
const vehicle = (n: number) => ({
  id: `ent_${String(n).padStart(20, '0')}`,
  workspaceId: ws,
  kind: 'vehicle',
  label: `Car ${n}`,
  notes: '',
  classification: 'OFFICIAL',
  provenance: [],
  attrs: { registration: 'AB12 CDE' },
  createdAt: now,
  updatedAt: now,
});

function sealedRows(dek: Uint8Array, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const e = vehicle(i + 1);
    return { id: e.id, w: 'blind-key', env: sealRecord(dek, 'entities', e.id, e) };
  });
}

describe('bulk opening (the code each loader worker runs)', () => {
  it('opens good rows into JSON and reports tampered, moved, invalid, older and unlisted rows', async () => {
    const dek = newDataKey();
    const rows: Record<string, unknown>[] = sealedRows(dek, 7);
    const tampered = rows[1] as { env: Uint8Array };
    tampered.env = tampered.env.map((x, i) => (i === 20 ? x ^ 1 : x));
    const moved = { ...vehicle(3), workspaceId: 'ws_00000000000000000002' };
    rows[2] = { ...rows[2], env: sealRecord(dek, 'entities', moved.id, moved) };
    const bad = { ...vehicle(9), attrs: {} };
    rows.push({ id: bad.id, w: 'blind-key', env: sealRecord(dek, 'entities', bad.id, bad) });
    const tags: (string | null)[] = rows.map((r) => tagOf(r.env as Uint8Array));
    // Row 5 (Car 6): an older copy, still authentic, is stored where the manifest names another.
    const older = rows[5] as { env: Uint8Array };
    older.env = sealRecord(dek, 'entities', vehicle(6).id, vehicle(6));
    tags[6] = null;
    const opened = await openRows(await importDataKey(dek), 'entities', rows, {
      workspaceId: ws,
      tags,
    });
    const good = JSON.parse(opened.json) as { label: string }[];
    expect(good.map((e) => e.label)).toEqual(['Car 1', 'Car 4', 'Car 5']);
    expect(opened.count).toBe(3);
    expect(opened.failures.map((f) => [f.id, f.reason])).toEqual([
      [vehicle(2).id, expect.stringMatching(/integrity check/)],
      [vehicle(3).id, expect.stringMatching(/another workspace/)],
      [vehicle(6).id, expect.stringMatching(/not the copy Linchpin last wrote/)],
      [vehicle(7).id, expect.stringMatching(/not written by Linchpin/)],
      [bad.id, expect.stringMatching(/entities schema.*registration/)],
    ]);
    expect(opened.failures[0]?.raw).toBe(rows[1]);
  });

  it('opens format 2 rows only when asked to, and checks their clear workspace id', async () => {
    const dek = newDataKey();
    const e = vehicle(1);
    const env = encrypt(dek, utf8(JSON.stringify(e)), recordAadV2('entities', e.id));
    const key = await importDataKey(dek);
    const row = { id: e.id, workspaceId: ws, env };
    expect((await openRows(key, 'entities', [row])).failures).toHaveLength(1);
    expect((await openRows(key, 'entities', [row], { legacy: true })).count).toBe(1);
    const movedRow = { ...row, workspaceId: 'ws_00000000000000000002' };
    expect(
      (await openRows(key, 'entities', [movedRow], { legacy: true })).failures[0]?.reason,
    ).toMatch(/clear workspaceId does not match/);
  });

  it('gives the same result through the in-thread pool, and refuses work once disposed', async () => {
    const dek = newDataKey();
    const key = await importDataKey(dek);
    const rows = sealedRows(dek, 3);
    const pool = inThreadPool();
    const packed = () => packRows(rows, 'id');
    const viaPool = await pool.run({ table: 'entities', packed: packed(), key });
    const direct = await openRows(key, 'entities', rows);
    expect(viaPool.json).toBe(direct.json);
    pool.dispose();
    await expect(pool.run({ table: 'entities', packed: packed(), key })).rejects.toThrow(/locked/);
  });

  it('packs a page into one buffer and unpacks the very same bytes, and cuts pages in order', () => {
    const dek = newDataKey();
    const rows = sealedRows(dek, 5);
    const packed = packRows(rows, 'id');
    expect(packed.bytes.length).toBe(rows.reduce((n, r) => n + r.env.length, 0));
    const back = unpackRows(packed, 'id');
    expect(back.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    back.forEach((r, i) =>
      expect(Buffer.from(r.env as Uint8Array)).toEqual(Buffer.from(rows[i]!.env)),
    );
    const numbers = Array.from({ length: 4500 }, (_, i) => i);
    const pages = sliceRows(numbers, 2000);
    expect(pages.flat()).toEqual(numbers);
    expect(pages.map((p) => p.length)).toEqual([2000, 2000, 500]);
    expect(sliceRows([])).toEqual([]);
  });
});
