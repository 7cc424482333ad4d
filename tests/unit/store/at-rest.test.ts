import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NewEntity } from '../../../renderer/store';
import { createEntity, createIntelItem } from '../../../renderer/store/commands';
import { dump, rawDb, seeded } from './helpers';

const SECRETS = [
  'Okafor',
  'Brennan',
  'Tyrone',
  '+447700900461',
  '7700900461',
  'M14 5RT',
  'Claremont Road',
  'Op Test',
  'DC Test',
  'Graded 2B',
];

describe('data at rest', () => {
  it('stores no name, number, postcode, address or user name in clear', async () => {
    const { dbName, session, workspaceId } = await seeded();
    const phone = {
      kind: 'phone',
      label: 'Deal line',
      notes: '',
      classification: 'OFFICIAL',
      provenance: [],
      attrs: { number: '+447700900461' },
    };
    const place = {
      kind: 'location',
      label: '14 Claremont Road',
      notes: '',
      classification: 'OFFICIAL',
      provenance: [],
      attrs: { address: '14 Claremont Road, Manchester', postcode: 'M14 5RT', use: 'cuckooed' },
    };
    await session.history.execute(createEntity(workspaceId, phone as NewEntity));
    await session.history.execute(createEntity(workspaceId, place as NewEntity));
    await session.history.execute(
      createIntelItem(workspaceId, {
        reference: 'Op Test 001',
        date: '2025-03-01',
        grade: { scheme: '3x5x2', source: '2', intelligence: 'B', handling: 'P' },
        summary: 'Graded 2B P: Okafor seen at Claremont Road',
        classification: 'OFFICIAL',
      }),
    );
    const text = await dump(dbName);
    for (const secret of SECRETS) expect(text.includes(secret), secret).toBe(false);
    // And nothing readable hides inside the raw bytes either (UTF-8 or UTF-16).
    const raw = await rawDb(dbName);
    for (const table of raw.tables) {
      for (const row of await table.toArray()) {
        const bytes = Buffer.from(
          JSON.stringify(row, (_k, v: unknown) =>
            v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
          ),
          'latin1',
        );
        for (const secret of SECRETS) {
          expect(bytes.includes(Buffer.from(secret, 'utf8')), `${table.name}: ${secret}`).toBe(
            false,
          );
          expect(bytes.includes(Buffer.from(secret, 'utf16le')), `${table.name}: ${secret}`).toBe(
            false,
          );
        }
      }
    }
    raw.close();
  });

  it('keeps only opaque ids and the workspace blind key beside the sealed envelope', async () => {
    const { dbName, workspaceId, a, b } = await seeded();
    const raw = await rawDb(dbName);
    const rows = async (t: string) => (await raw.table(t).toArray()) as Record<string, unknown>[];
    const fields = async (t: string) =>
      [...new Set((await rows(t)).flatMap((r: object) => Object.keys(r)))].sort();
    expect(await fields('entities')).toEqual(['env', 'id', 'w']);
    // No source or target: which entity a link joins is sealed.
    expect(await fields('links')).toEqual(['env', 'id', 'w']);
    expect(await fields('workspaces')).toEqual(['env', 'id']);
    expect(await fields('audit')).toEqual(['env', 'seq']);
    expect(await fields('manifests')).toEqual(['env', 'id']);
    const meta = (await rows('meta')) as { id: string }[];
    expect(meta.map((m) => m.id).sort()).toEqual(['header', 'root', 'settings']);
    const header = meta.find((m) => m.id === 'header') as Record<string, unknown>;
    // No creation time: it is in the sealed manifest root.
    expect(Object.keys(header).sort()).toEqual(['format', 'id', 'kdf', 'salt', 'wrappedDek']);
    expect(header.format).toBe(3);
    // Nothing in any clear field is the workspace's id or an entity's id except the entity's own key.
    const clear = JSON.stringify(
      await Promise.all(raw.tables.map(async (t) => (await t.toArray()).map(clearOnly))),
    );
    expect(clear.includes(workspaceId)).toBe(false);
    expect(clear.split(a).length - 1).toBe(1);
    expect(clear.split(b).length - 1).toBe(1);
    raw.close();
  });
});

/** A row without its sealed bytes: what anyone can read. */
function clearOnly(row: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => !(v instanceof Uint8Array)));
}
