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

  it('keeps only opaque ids and foreign keys beside the sealed envelope', async () => {
    const { dbName } = await seeded();
    const raw = await rawDb(dbName);
    const fields = async (t: string) =>
      [...new Set((await raw.table(t).toArray()).flatMap((r: object) => Object.keys(r)))].sort();
    expect(await fields('entities')).toEqual(['env', 'id', 'workspaceId']);
    expect(await fields('links')).toEqual(['env', 'id', 'source', 'target', 'workspaceId']);
    expect(await fields('workspaces')).toEqual(['env', 'id']);
    expect(await fields('audit')).toEqual(['env', 'seq']);
    const meta = (await raw.table('meta').toArray()) as { id: string }[];
    expect(meta.map((m) => m.id).sort()).toEqual(['audit-head', 'header', 'settings']);
    const header = meta.find((m) => m.id === 'header') as Record<string, unknown>;
    expect(Object.keys(header).sort()).toEqual([
      'createdAt',
      'format',
      'id',
      'kdf',
      'salt',
      'wrappedDek',
    ]);
    raw.close();
  });
});
