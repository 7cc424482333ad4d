import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { person, sampleId } from '../../../../renderer/dev/factories';
import { createWorkspaceWithRecords } from '../../../../renderer/store/commands';
import { openVaultDatabase } from '../../../../renderer/store/db';
import { emptyKeyRing } from '../../../../renderer/store/key-ring';
import { PASS, editRaw, freshService } from '../helpers';

describe('opening a workspace a page at a time', () => {
  it('reads every page in id order, opens them all, and sets aside only the bad row', async () => {
    const { dbName, service } = freshService();
    const session = await service.create(PASS, 'DC Test');
    const entities = Array.from({ length: 4500 }, (_, i) =>
      person(sampleId('ent', i + 1), `Invented Person ${i + 1}`),
    );
    const cmd = createWorkspaceWithRecords(
      { name: 'Paged' },
      { entities, links: [], intel: [] },
      't',
    );
    await session.history.execute(cmd);
    await session.openWorkspace(cmd.id);
    await session.lock('user');

    const raw = openVaultDatabase(dbName, emptyKeyRing());
    const stored = await raw.rawTable('entities');
    const w = String(stored[0]!.w);
    const pages: string[][] = [];
    await raw.rawPages('entities', w, 2000, (page) => pages.push(page.map((r) => String(r.id))));
    raw.close();
    expect(pages.map((p) => p.length)).toEqual([2000, 2000, 500]);
    const ids = pages.flat();
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(4500);

    // Damage one row of the last page.
    const victim = ids[4321]!;
    await editRaw(dbName, 'entities', async (t) => {
      const row = (await t.get(victim)) as { env: Uint8Array };
      await t.put({ ...row, env: row.env.map((x, i) => (i === 40 ? x ^ 1 : x)) });
    });
    const again = await service.unlock(PASS);
    const ws = await again.openWorkspace(cmd.id);
    expect(ws.entities.size).toBe(4499);
    expect(ws.entities.has(victim)).toBe(false);
    expect([...ws.entities.keys()]).toEqual(ids.filter((id) => id !== victim));
    expect((await again.quarantined()).map((q) => q.id)).toEqual([victim]);
  });
});
