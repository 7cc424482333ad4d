import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createEntity,
  createLink,
  mergeEntities,
  unmergeEntities,
  updateEntity,
} from '../../../renderer/store/commands';
import { PASS, link, loaded, nominal, seeded } from './helpers';

/** Seeded a–b, plus c (a duplicate of a) linked to b and to a, and d linked to c. */
async function withDuplicate() {
  const s = await seeded();
  const c = createEntity(
    s.workspaceId,
    nominal('Tyrone OKAFOR', 'Okafor', {
      provenance: [],
      attrs: {
        forenames: 'Tyrone',
        surname: 'Okafor',
        aliases: ['T-Bone'],
        roles: ['victim'],
        dateOfBirth: '2009-03-04',
        safeguarding: {
          vulnerable: true,
          missingEpisodes: 3,
          lookedAfter: false,
          excludedOrReducedTimetable: true,
          cuckooedOccupant: false,
          cceRisk: 'high',
        },
      },
    } as never),
  );
  const d = createEntity(s.workspaceId, nominal('Dwayne Pell', 'Pell'));
  await s.session.history.execute(c);
  await s.session.history.execute(d);
  const cb = createLink(s.workspaceId, link(c.id, s.b, { kind: 'family' } as never));
  const ca = createLink(s.workspaceId, link(c.id, s.a));
  const dc = createLink(s.workspaceId, link(d.id, c.id));
  for (const l of [cb, ca, dc]) await s.session.history.execute(l);
  return { ...s, c: c.id, d: d.id, cb: cb.id, ca: ca.id, dc: dc.id };
}

describe('merging duplicates', () => {
  it('moves every link to the kept record, keeps names, flags and provenance, and undoes', async () => {
    const s = await withDuplicate();
    const before = JSON.stringify([...loaded(s.session).links.values()]);
    const merge = mergeEntities(s.workspaceId, s.a, [s.c], { mergedBy: 'DC Test', score: 0.93 });
    await s.session.history.execute(merge);
    const ws = loaded(s.session);
    expect(ws.entities.has(s.c)).toBe(false);
    expect(ws.links.get(s.cb)).toMatchObject({ source: s.a, target: s.b });
    expect(ws.links.get(s.dc)).toMatchObject({ source: s.d, target: s.a });
    // A link between the two duplicates cannot become a self-loop: it waits in the merge record.
    expect(ws.links.has(s.ca)).toBe(false);
    const kept = ws.entities.get(s.a)!;
    if (kept.kind !== 'nominal') throw new Error('kind changed');
    expect(kept.attrs.aliases).toEqual(['T-Bone']);
    expect(kept.attrs.dateOfBirth).toBe('2009-03-04');
    expect(kept.attrs.roles.sort()).toEqual(['suspect', 'victim']);
    expect(kept.attrs.safeguarding).toMatchObject({
      vulnerable: true,
      cceRisk: 'high',
      missingEpisodes: 3,
    });
    expect(ws.merges.get(merge.id)?.before.links).toHaveLength(3);
    const combine = (await s.session.audit.list({ action: 'combine' }))[0]!;
    expect(combine.targets).toEqual([s.a, s.c]);
    expect(combine.detail).toMatch(/2 links moved, 1 set aside/);

    await s.session.history.undo();
    const undone = loaded(s.session);
    expect(undone.entities.has(s.c)).toBe(true);
    expect(undone.merges.size).toBe(0);
    expect(
      JSON.stringify([...undone.links.values()].sort((x, y) => x.id.localeCompare(y.id))),
    ).toBe(
      JSON.stringify(
        JSON.parse(before).sort((x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id)),
      ),
    );
  });

  it('un-merges after a lock and later edits, keeping the edits and new links', async () => {
    const s = await withDuplicate();
    const merge = mergeEntities(s.workspaceId, s.a, [s.c]);
    await s.session.history.execute(merge);
    await s.session.history.execute(updateEntity(s.a, { notes: 'Seen at Pellow Court' }));
    const later = createLink(s.workspaceId, link(s.a, s.d, { kind: 'family' } as never));
    await s.session.history.execute(later);
    await s.session.lock('user');
    const session = await s.service.unlock(PASS);
    await session.openWorkspace(s.workspaceId);

    await session.history.execute(unmergeEntities(merge.id));
    const ws = loaded(session);
    expect(ws.entities.get(s.c)?.label).toBe('Tyrone OKAFOR');
    const kept = ws.entities.get(s.a)!;
    if (kept.kind !== 'nominal') throw new Error('kind changed');
    expect(kept.attrs.aliases).toEqual([]);
    expect(kept.attrs.safeguarding).toBeUndefined();
    expect(kept.notes).toBe('Seen at Pellow Court');
    expect(ws.links.get(s.cb)).toMatchObject({ source: s.c, target: s.b });
    expect(ws.links.get(s.ca)).toMatchObject({ source: s.c, target: s.a });
    expect(ws.links.get(s.dc)).toMatchObject({ source: s.d, target: s.c });
    expect(ws.links.get(later.id)).toMatchObject({ source: s.a, target: s.d });
    expect(ws.merges.size).toBe(0);

    await session.history.undo();
    expect(loaded(session).entities.has(s.c)).toBe(false);
    expect(loaded(session).merges.has(merge.id)).toBe(true);
  });

  it('refuses to merge records of different kinds and writes nothing', async () => {
    const s = await seeded();
    const phone = createEntity(s.workspaceId, {
      kind: 'phone',
      label: 'Tony line',
      notes: '',
      classification: 'OFFICIAL',
      provenance: [],
      attrs: { number: '+447700900123' },
    } as never);
    await s.session.history.execute(phone);
    await expect(
      s.session.history.execute(mergeEntities(s.workspaceId, s.a, [phone.id])),
    ).rejects.toThrow(/only records of one kind/);
    expect(loaded(s.session).entities.has(phone.id)).toBe(true);
    expect(loaded(s.session).merges.size).toBe(0);
  });
});
