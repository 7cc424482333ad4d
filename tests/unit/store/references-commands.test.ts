/**
 * Records that point at entities stay true in the vault: a merge re-points orders, safeguarding
 * records and register entries and un-merge puts them back; deleting an entity that casework
 * names is refused, naming the records, while its register entry goes with it; a MoPI disposal
 * takes the person's safeguarding records with tombstones; the integrity check refuses any write
 * that would leave a reference dangling.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createEntity,
  createOrder,
  createSafeguardingRecord,
  deleteEntities,
  mergeEntities,
  recordReviewDecision,
  saveRegisterEntry,
  transitionOrderCommand,
  unmergeEntities,
} from '../../../renderer/store/commands';
import { defineCommand } from '../../../renderer/store/commands/types';
import { findTactic, type Tactic } from '../../../shared/plans';
import type { Order } from '../../../shared/orders';
import { loaded, nominal, seeded } from './helpers';

const closure = findTactic('closure_order') as Tactic;
const TODAY = '2026-11-01';

function orderOf(boundIds: string[]): Omit<Order, 'status' | 'history'> {
  return {
    powerId: 'closure_order',
    boundIds,
    leadAgencyKind: 'police',
    leadAgency: 'Kestrelford Police',
    court: '',
    reference: '',
    conditions: [],
    breaches: [],
    extensions: [],
    stepsDone: {},
    stepsNotApplicable: [],
    notes: '',
  };
}

const place = (label: string) =>
  ({
    kind: 'location',
    label,
    notes: '',
    classification: 'OFFICIAL',
    provenance: [],
    attrs: { address: label, postcode: 'ZZ1 1AA', use: 'cuckooed' },
  }) as never;

/** Seeded a and b, plus c (a duplicate of a), two places (the second a duplicate) and casework. */
async function withCasework() {
  const s = await seeded();
  const run = (c: Parameters<typeof s.session.history.execute>[0]) => s.session.history.execute(c);
  const c = createEntity(s.workspaceId, nominal('Tyrone OKAFOR', 'Okafor'));
  const flat = createEntity(s.workspaceId, place('Flat 2, 9 Wren Walk'));
  const flatDup = createEntity(s.workspaceId, place('Flat 2 9 Wren Walk'));
  for (const e of [c, flat, flatDup]) await run(e);
  const mash = createSafeguardingRecord(s.workspaceId, {
    kind: 'mash_referral',
    personId: c.id,
    referredOn: '2026-10-01',
    referredBy: 'Kestrelford Police',
    outcome: 'pending',
    reference: 'MASH-TEST-1',
    notes: '',
  });
  const episode = createSafeguardingRecord(s.workspaceId, {
    kind: 'missing_episode',
    personId: s.b,
    missingFrom: '2026-10-02',
    foundAtId: flatDup.id,
    interviewDeclined: false,
    interviewBy: '',
    reference: '',
    notes: '',
  });
  const shared = createOrder(s.workspaceId, orderOf([c.id, flat.id]), closure);
  const alone = createOrder(s.workspaceId, orderOf([c.id]), closure);
  const visits = (by: string) => [{ on: '2026-09-01', by, purpose: '', outcome: '' }];
  const reg = saveRegisterEntry(s.workspaceId, {
    kind: 'cuckooed_address',
    entityId: flat.id,
    tenure: 'unknown',
    landlord: '',
    tenancyReference: '',
    visits: visits('PCSO Lindqvist'),
    notes: '',
  });
  const regDup = saveRegisterEntry(s.workspaceId, {
    kind: 'cuckooed_address',
    entityId: flatDup.id,
    tenure: 'social',
    landlord: 'Kestrelford Homes',
    tenancyReference: 'KH-1',
    visits: visits('Housing officer'),
    notes: '',
  });
  for (const x of [mash, episode, shared, alone, reg, regDup]) await run(x);
  return {
    ...s,
    run,
    c: c.id,
    flat: flat.id,
    flatDup: flatDup.id,
    mash: mash.id,
    episode: episode.id,
    shared: shared.id,
    alone: alone.id,
  };
}

const registersOf = (s: Awaited<ReturnType<typeof withCasework>>) => [
  ...loaded(s.session).registers.values(),
];

describe('records that point at entities', () => {
  it('follow a merge to the kept record, and return on undo and on un-merge after later edits', async () => {
    const s = await withCasework();
    const merge = mergeEntities(s.workspaceId, s.a, [s.c], { mergedBy: 'DC Test' });
    await s.run(merge);
    let ws = loaded(s.session);
    expect(ws.referrals.get(s.mash)?.record.personId).toBe(s.a);
    expect(ws.orders.get(s.shared)?.order.boundIds).toEqual([s.a, s.flat]);
    expect(ws.orders.get(s.alone)?.order.boundIds).toEqual([s.a]);
    const combine = (await s.session.audit.list({ action: 'combine' })).at(-1)!;
    expect(combine.detail).toMatch(
      /3 orders, safeguarding records or register entries now point at "Tyrone Okafor"/,
    );

    await s.session.history.undo();
    ws = loaded(s.session);
    expect(ws.referrals.get(s.mash)?.record.personId).toBe(s.c);
    expect(ws.orders.get(s.shared)?.order.boundIds).toEqual([s.c, s.flat]);
    await s.session.history.redo();

    // A later step on the order stays when the merge is undone from the merge record.
    await s.run(transitionOrderCommand(s.shared, 'applied', { on: '2026-10-20' }, closure, TODAY));
    await s.run(unmergeEntities(merge.id));
    ws = loaded(s.session);
    expect(ws.entities.has(s.c)).toBe(true);
    expect(ws.referrals.get(s.mash)?.record.personId).toBe(s.c);
    expect(ws.orders.get(s.shared)?.order).toMatchObject({
      boundIds: [s.c, s.flat],
      status: 'applied',
    });
    expect(ws.orders.get(s.alone)?.order.boundIds).toEqual([s.c]);
  });

  it('fold two register entries into one on a merge, and part them again on un-merge', async () => {
    const s = await withCasework();
    const merge = mergeEntities(s.workspaceId, s.flat, [s.flatDup]);
    await s.run(merge);
    const [only, ...rest] = registersOf(s);
    expect(rest).toEqual([]);
    expect(only?.entry).toMatchObject({
      entityId: s.flat,
      landlord: 'Kestrelford Homes',
      tenure: 'social',
    });
    expect(loaded(s.session).referrals.get(s.episode)?.record).toMatchObject({ foundAtId: s.flat });
    await s.run(unmergeEntities(merge.id));
    const entries = registersOf(s).map((r) => r.entry);
    expect(entries).toHaveLength(2);
    expect(entries.find((e) => e.entityId === s.flat)).toMatchObject({
      landlord: '',
      tenure: 'unknown',
    });
    expect(entries.find((e) => e.entityId === s.flatDup)).toMatchObject({
      landlord: 'Kestrelford Homes',
    });
    expect(loaded(s.session).referrals.get(s.episode)?.record).toMatchObject({
      foundAtId: s.flatDup,
    });
  });

  it('refuse the deletion of an entity casework names, and take a register entry along undoably', async () => {
    const s = await withCasework();
    await expect(s.run(deleteEntities([s.c]))).rejects.toThrow(
      /"Tyrone OKAFOR" cannot be deleted: 2 orders or notices \(Closure order; Closure order\) and 1 safeguarding record \(MASH referral MASH-TEST-1 \(2026-10-01\)\) name it\. End or delete those records first/,
    );
    expect(loaded(s.session).entities.has(s.c)).toBe(true);

    // The duplicate flat: a missing episode names it, so it is refused too until that changes.
    await expect(s.run(deleteEntities([s.flatDup]))).rejects.toThrow(/Missing episode/);
    // A place named only by its register entry goes with it, and comes back with it.
    const bare = createEntity(s.workspaceId, place('3 Heron Row'));
    await s.run(bare);
    await s.run(
      saveRegisterEntry(s.workspaceId, {
        kind: 'cuckooed_address',
        entityId: bare.id,
        tenure: 'unknown',
        landlord: '',
        tenancyReference: '',
        visits: [],
        notes: '',
      }),
    );
    const count = registersOf(s).length;
    await s.run(deleteEntities([bare.id]));
    expect(registersOf(s)).toHaveLength(count - 1);
    const audit = (await s.session.audit.list({ action: 'delete' })).at(-1)!;
    expect(audit.subject).toBe('register');
    await s.session.history.undo();
    expect(registersOf(s)).toHaveLength(count);
    expect(loaded(s.session).entities.has(bare.id)).toBe(true);
  });

  it('go with a MoPI disposal of the person, each leaving a tombstone; mentions are dropped', async () => {
    const s = await withCasework();
    await s.run(
      recordReviewDecision(s.workspaceId, {
        recordId: s.c,
        recordType: 'entity',
        decision: 'dispose',
        reason: 'No policing purpose remains',
        decidedBy: 'DS Review',
        decidedAt: '2026-11-01T10:00:00.000Z',
      }),
    );
    const ws = loaded(s.session);
    expect(ws.referrals.has(s.mash)).toBe(false);
    expect(ws.orders.has(s.alone)).toBe(false);
    expect(ws.orders.get(s.shared)?.order.boundIds).toEqual([s.flat]);
    const erased = await s.session.audit.list({ action: 'erase' });
    const tombstones = erased.filter((e) => e.subject !== 'review');
    expect(tombstones.map((e) => [e.subject, e.targets[0]]).sort()).toEqual(
      [
        ['order', s.alone],
        ['safeguarding', s.mash],
      ].sort(),
    );
    for (const t of tombstones) {
      expect(t.detail).toMatch(
        new RegExp(
          `MoPI disposal with record ${s.c}: .* erased; not recoverable\\. Grounds: No policing purpose remains\\.`,
        ),
      );
      expect(t.detail).not.toMatch(/MASH-TEST-1|Kestrelford/);
    }

    // A place disposed of: the episode stays, without where the child was found.
    await s.run(
      recordReviewDecision(s.workspaceId, {
        recordId: s.flatDup,
        recordType: 'entity',
        decision: 'dispose',
        reason: 'Address no longer of interest',
        decidedBy: 'DS Review',
        decidedAt: '2026-11-01T10:00:00.000Z',
      }),
    );
    const after = loaded(s.session);
    expect(after.referrals.get(s.episode)?.record).not.toHaveProperty('foundAtId');
    expect(registersOf(s).map((r) => r.entry.entityId)).toEqual([s.flat]);
  });

  it('are checked on every write: none may name a record not on the map, or be left naming one', async () => {
    const s = await withCasework();
    await expect(
      s.run(
        createSafeguardingRecord(s.workspaceId, {
          kind: 'mash_referral',
          personId: 'ent_00000000000000000bad',
          referredOn: '2026-10-01',
          referredBy: 'Kestrelford Police',
          outcome: 'pending',
          reference: '',
          notes: '',
        }),
      ),
    ).rejects.toThrow(/names ent_00000000000000000bad, which is not on the map of this workspace/);
    // A command that removes an entity without seeing to its casework is refused by the check.
    const careless = defineCommand('careless delete', {
      apply: async () => ({ writes: [{ table: 'entities', remove: s.c }], audit: [] }),
      revert: async () => ({ writes: [], audit: [] }),
    });
    await expect(s.run(careless)).rejects.toThrow(
      /would leave 2 orders or notices .* and 1 safeguarding record .* naming a record it removes/,
    );
    expect(loaded(s.session).entities.has(s.c)).toBe(true);
  });
});
