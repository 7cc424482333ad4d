import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { person, sampleId } from '../../../../renderer/dev/factories';
import { createWorkspaceWithRecords } from '../../../../renderer/store/commands';
import { openVaultDatabase } from '../../../../renderer/store/db';
import { armKeyRing, emptyKeyRing } from '../../../../renderer/store/key-ring';
import { openHeader, parseHeader } from '../../../../renderer/store/vault-header';
import { PASS, freshService } from '../helpers';

describe('the store facade inside a transaction', () => {
  it('answers a long getMany by scanning keys, with the same answer, in the order asked', async () => {
    const { dbName, service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const entities = Array.from({ length: 3000 }, (_, i) =>
      person(sampleId('ent', i + 1), `Invented Person ${i + 1}`),
    );
    const cmd = createWorkspaceWithRecords(
      { name: 'Keys' },
      { entities, links: [], intel: [] },
      't',
    );
    await session.history.execute(cmd);
    await session.lock('user');

    const raw = openVaultDatabase(dbName, emptyKeyRing());
    const header = parseHeader((await raw.readHeader()) as Record<string, unknown>);
    raw.close();
    const ring = await armKeyRing(emptyKeyRing(), await openHeader(header, PASS));
    const db = openVaultDatabase(dbName, ring);
    const stored = entities.filter((_, i) => i % 3 === 0).map((e) => e.id);
    const absent = Array.from({ length: 2500 }, (_, i) => sampleId('ent', 900_000 + i));
    const asked = [...absent.slice(0, 1000), ...stored, ...absent.slice(1000), stored[0]!];
    const rows = await db.read((tx) =>
      tx.getMany<{ id: string; label: string }>('entities', asked),
    );
    db.close();
    expect(rows).toHaveLength(asked.length);
    rows.forEach((row, i) => {
      if (stored.includes(asked[i]!)) expect(row?.id).toBe(asked[i]);
      else expect(row).toBeUndefined();
    });
    expect(rows[rows.length - 1]?.label).toBe('Invented Person 1');
  });
});
