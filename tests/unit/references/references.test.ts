/**
 * Records that point at entities (orders, safeguarding records, register entries) through a
 * merge, an un-merge and a MoPI disposal: the pure rules in shared/references.
 */
import { describe, expect, it } from 'vitest';
import {
  describeReferrers,
  entityRefs,
  mergeReferences,
  referencesAtDisposal,
  referrerTombstone,
  unmergeReferences,
  type Referrer,
} from '../../../shared/references';
import { orderSchema } from '../../../shared/orders';
import { registerEntrySchema } from '../../../shared/registers';
import { safeguardingRecordSchema } from '../../../shared/referrals';

const id = (p: string, n: number) => `${p}_${n.toString(16).padStart(20, '0')}`;
const WS = id('ws', 1);
const AT = '2026-10-01T09:00:00.000Z';
const MERGED_AT = '2026-10-05T09:00:00.000Z';
const LATER = '2026-10-09T09:00:00.000Z';
const [KEEP, DUP, OTHER, PLACE] = [1, 2, 3, 4].map((n) => id('ent', n)) as [
  string,
  string,
  string,
  string,
];
const env = { workspaceId: WS, createdAt: AT, updatedAt: AT };

const order = (n: number, boundIds: string[]): Referrer => ({
  table: 'orders',
  record: {
    ...env,
    id: id('ord', n),
    order: orderSchema.parse({
      powerId: 'closure_order',
      boundIds,
      leadAgencyKind: 'police',
      leadAgency: 'Kestrelford Police',
      reference: `CO-${n}`,
    }),
  },
});
const sg = (n: number, record: Record<string, unknown>): Referrer => ({
  table: 'referrals',
  record: { ...env, id: id('sgr', n), record: safeguardingRecordSchema.parse(record) },
});
const register = (n: number, entry: Record<string, unknown>): Referrer => ({
  table: 'registers',
  record: { ...env, id: id('reg', n), entry: registerEntrySchema.parse(entry) },
});
const visitsOf = (r: Referrer['record'] | undefined) =>
  (r as { entry: { visits: { on: string; by: string }[] } }).entry.visits;
const visit = (on: string, by: string) => ({ on, by, purpose: '', outcome: '' });

const records: Referrer[] = [
  order(1, [DUP, PLACE]),
  order(2, [KEEP, DUP]),
  order(3, [OTHER]),
  sg(1, { kind: 'mash_referral', personId: DUP, referredOn: '2026-09-01', referredBy: 'Police' }),
  sg(2, {
    kind: 'cawn',
    personId: OTHER,
    servedOnId: DUP,
    servedOn: '2026-09-02',
    expiresOn: '2027-09-01',
    issuedBy: 'Kestrelford Police',
  }),
  sg(3, { kind: 'missing_episode', personId: OTHER, missingFrom: '2026-09-03', foundAtId: PLACE }),
  register(1, {
    kind: 'cuckooed_address',
    entityId: KEEP,
    landlord: '',
    visits: [visit('2026-08-01', 'PCSO Lindqvist')],
  }),
  register(2, {
    kind: 'cuckooed_address',
    entityId: DUP,
    landlord: 'Kestrelford Homes',
    tenure: 'social',
    visits: [visit('2026-08-15', 'Housing officer')],
  }),
];
const byKey = (list: readonly Referrer[]) =>
  new Map(list.map((r) => [`${r.table}\u0000${r.record.id}`, r]));

describe('a merge re-points what named the absorbed record', () => {
  const changes = mergeReferences(records, KEEP, [DUP], MERGED_AT);
  const after = byKey(changes.puts);

  it('binds orders to the kept record once, and names the kept person in safeguarding records', () => {
    expect(after.get(`orders\u0000${id('ord', 1)}`)?.record).toMatchObject({
      order: { boundIds: [KEEP, PLACE] },
    });
    expect(after.get(`orders\u0000${id('ord', 2)}`)?.record).toMatchObject({
      order: { boundIds: [KEEP] },
    });
    expect(after.has(`orders\u0000${id('ord', 3)}`)).toBe(false);
    expect(after.get(`referrals\u0000${id('sgr', 1)}`)?.record).toMatchObject({
      record: { personId: KEEP },
    });
    expect(after.get(`referrals\u0000${id('sgr', 2)}`)?.record).toMatchObject({
      record: { personId: OTHER, servedOnId: KEEP },
    });
    for (const r of changes.puts) expect(r.record.updatedAt).toBe(MERGED_AT);
  });

  it("folds the absorbed address's register entry into the kept one's, losing nothing", () => {
    expect(changes.removed.map((r) => r.record.id)).toEqual([id('reg', 2)]);
    const kept = after.get(`registers\u0000${id('reg', 1)}`)?.record;
    expect(kept).toMatchObject({
      entry: { entityId: KEEP, landlord: 'Kestrelford Homes', tenure: 'social' },
    });
    expect(visitsOf(kept).map((v) => v.on)).toEqual(['2026-08-01', '2026-08-15']);
  });

  it('without a kept entry, re-points the absorbed entry instead of folding it', () => {
    const only = mergeReferences([records[7]!], KEEP, [DUP], MERGED_AT);
    expect(only.removed).toEqual([]);
    expect(only.puts[0]?.record).toMatchObject({ id: id('reg', 2), entry: { entityId: KEEP } });
  });
});

describe('un-merge puts them back, three ways', () => {
  const touched = mergeReferences(records, KEEP, [DUP], MERGED_AT);
  const touchedKeys = new Set(
    [...touched.puts, ...touched.removed].map((r) => `${r.table}\u0000${r.record.id}`),
  );
  const before = records.filter((r) => touchedKeys.has(`${r.table}\u0000${r.record.id}`));
  const merge = { keepId: KEEP, absorbedIds: [DUP], mergedAt: MERGED_AT };

  it('restores every reference and the folded entry exactly when nothing changed since', () => {
    const present = byKey(touched.puts);
    const back = unmergeReferences(before, present, merge, LATER);
    const restored = byKey(back.puts);
    for (const b of before) {
      const r = restored.get(`${b.table}\u0000${b.record.id}`);
      expect({ ...r?.record, updatedAt: AT }).toEqual(b.record);
    }
  });

  it('keeps later edits: a status moved on, a visit added, an order deleted', () => {
    const present = byKey(touched.puts);
    const o1 = present.get(`orders\u0000${id('ord', 1)}`)!;
    if (o1.table !== 'orders') throw new Error('table');
    present.set(`orders\u0000${id('ord', 1)}`, {
      ...o1,
      record: { ...o1.record, order: { ...o1.record.order, status: 'applied' } },
    });
    present.delete(`orders\u0000${id('ord', 2)}`);
    const reg = present.get(`registers\u0000${id('reg', 1)}`)!;
    if (reg.table !== 'registers' || reg.record.entry.kind !== 'cuckooed_address')
      throw new Error('t');
    const added = visit('2026-10-07', 'Social worker');
    present.set(`registers\u0000${id('reg', 1)}`, {
      ...reg,
      record: {
        ...reg.record,
        entry: {
          ...reg.record.entry,
          landlord: 'Ravensholt Lettings',
          visits: [...reg.record.entry.visits, added],
        },
      },
    });
    const back = byKey(unmergeReferences(before, present, merge, LATER).puts);
    expect(back.get(`orders\u0000${id('ord', 1)}`)?.record).toMatchObject({
      order: { boundIds: [DUP, PLACE], status: 'applied' },
    });
    expect(back.has(`orders\u0000${id('ord', 2)}`)).toBe(false);
    const kept = back.get(`registers\u0000${id('reg', 1)}`)?.record;
    expect(kept).toMatchObject({ entry: { entityId: KEEP, landlord: 'Ravensholt Lettings' } });
    expect(visitsOf(kept).map((v) => v.by)).toEqual(['PCSO Lindqvist', 'Social worker']);
    expect(back.get(`registers\u0000${id('reg', 2)}`)?.record).toEqual(records[7]!.record);
  });
});

describe('a MoPI disposal of an entity', () => {
  it("takes the person's safeguarding records, the CAWN served on them and orders binding only them", () => {
    const at = referencesAtDisposal(records, DUP, LATER);
    expect(at.disposed.map((r) => r.record.id).sort()).toEqual(
      [id('reg', 2), id('sgr', 1), id('sgr', 2)].sort(),
    );
    expect(at.changed.map((r) => r.record)).toEqual([
      expect.objectContaining({
        id: id('ord', 1),
        order: expect.objectContaining({ boundIds: [PLACE] }),
      }),
      expect.objectContaining({
        id: id('ord', 2),
        order: expect.objectContaining({ boundIds: [KEEP] }),
      }),
    ]);
  });

  it('keeps a missing episode but not the place, and disposes an order binding only the place', () => {
    const at = referencesAtDisposal(records, PLACE, LATER);
    const episode = at.changed.find((r) => r.record.id === id('sgr', 3));
    expect(episode && entityRefs(episode)).toEqual([OTHER]);
    expect(at.disposed).toEqual([]);
    const alone = referencesAtDisposal([order(9, [PLACE])], PLACE, LATER);
    expect(alone.disposed.map((r) => r.record.id)).toEqual([id('ord', 9)]);
  });

  it('leaves a tombstone with kind and opaque id only', () => {
    const text = referrerTombstone(records[3]!, DUP);
    expect(text).toBe(
      `MoPI disposal with record ${DUP}: Safeguarding record (MASH referral) ${id('sgr', 1)} erased; not recoverable.`,
    );
    expect(text).not.toMatch(/Police|2026/);
  });

  it('names the records in words an analyst can find them by', () => {
    expect(describeReferrers([records[0]!, records[1]!, records[3]!, records[0]!])).toBe(
      '3 orders or notices (Closure order CO-1; Closure order CO-2; Closure order CO-1) and 1 safeguarding record (MASH referral (2026-09-01))',
    );
    expect(entityRefs(records[5]!)).toEqual([OTHER, PLACE]);
  });
});
