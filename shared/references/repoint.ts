import type { Order } from '../orders';
import type { SafeguardingRecord } from '../referrals';
import type { RegisterEntry } from '../registers';
import { pointsAt } from './refs';
import { foldEntry, unfoldEntry } from './registersFold';
import type { RegisterEnvelope, Referrer } from './schema';

export interface ReferenceChanges {
  /** New versions of records (re-pointed, folded or restored). */
  puts: Referrer[];
  /** Records that go: a register entry folded into the kept entity's own. */
  removed: Referrer[];
}

const keyOf = (r: Referrer) => `${r.table}\u0000${r.record.id}`;

function mapIds(ids: readonly string[], to: (id: string) => string): string[] {
  return [...new Set(ids.map(to))];
}

function repointOrder(o: Order, to: (id: string) => string): Order {
  return { ...o, boundIds: mapIds(o.boundIds, to) };
}

function repointSafeguarding(s: SafeguardingRecord, to: (id: string) => string) {
  const out = { ...s, personId: to(s.personId) };
  if (out.kind === 'cawn') out.servedOnId = to(out.servedOnId);
  if (out.kind === 'missing_episode' && out.foundAtId) out.foundAtId = to(out.foundAtId);
  return out;
}

interface Plan {
  changes: ReferenceChanges;
  /** Register entries folded into another, by the key of the entry they went into. */
  folded: Map<string, RegisterEnvelope[]>;
}

function plan(
  records: readonly Referrer[],
  keepId: string,
  absorbedIds: readonly string[],
  now: string,
): Plan {
  const absorbed = new Set(absorbedIds);
  const to = (id: string) => (absorbed.has(id) ? keepId : id);
  const puts: Referrer[] = [];
  const removed: Referrer[] = [];
  const folded = new Map<string, RegisterEnvelope[]>();
  for (const r of records) {
    if (!pointsAt(r, absorbed)) continue;
    if (r.table === 'orders')
      puts.push({
        ...r,
        record: { ...r.record, order: repointOrder(r.record.order, to), updatedAt: now },
      });
    else if (r.table === 'referrals')
      puts.push({
        ...r,
        record: { ...r.record, record: repointSafeguarding(r.record.record, to), updatedAt: now },
      });
  }
  // One register entry per entity and kind: the kept entity's own (or the first absorbed one,
  // re-pointed) takes in the others.
  const entries = records.filter(
    (r): r is Extract<Referrer, { table: 'registers' }> => r.table === 'registers',
  );
  for (const kind of ['cuckooed_address', 'deal_line'] as const) {
    const ofKind = entries.filter((r) => r.record.entry.kind === kind);
    const incoming = ofKind.filter((r) => absorbed.has(r.record.entry.entityId));
    if (incoming.length === 0) continue;
    const own = ofKind.find((r) => r.record.entry.entityId === keepId);
    const host = own ?? incoming[0]!;
    const guests = incoming.filter((r) => r !== host);
    let entry: RegisterEntry = { ...host.record.entry, entityId: keepId };
    for (const g of guests) entry = foldEntry(entry, g.record.entry);
    puts.push({ table: 'registers', record: { ...host.record, entry, updatedAt: now } });
    removed.push(...guests);
    if (guests.length)
      folded.set(
        keyOf(host),
        guests.map((g) => g.record),
      );
  }
  return { changes: { puts, removed }, folded };
}

/**
 * What a merge does to the records that point at the entities it absorbs: orders, safeguarding
 * records and register entries point at the kept entity instead (a register entry of the same
 * kind is folded into the kept entity's own). Pure and deterministic for a given `now`, so
 * un-merge can work out again exactly what the merge made.
 */
export function mergeReferences(
  records: readonly Referrer[],
  keepId: string,
  absorbedIds: readonly string[],
  now: string,
): ReferenceChanges {
  return plan(records, keepId, absorbedIds, now).changes;
}

/**
 * Un-merge, three ways: `before` holds the records as the merge found them, `present` the same
 * records now (absent when deleted since). A reference still pointing at the kept entity goes
 * back to the absorbed one it pointed at; a folded register entry comes back and what it
 * brought leaves the kept entry; anything edited since the merge keeps the edit, and a record
 * deleted since stays deleted.
 */
export function unmergeReferences(
  before: readonly Referrer[],
  present: ReadonlyMap<string, Referrer>,
  merge: { keepId: string; absorbedIds: readonly string[]; mergedAt: string },
  now: string,
): ReferenceChanges {
  const { keepId } = merge;
  const absorbed = new Set(merge.absorbedIds);
  const made = plan(before, keepId, merge.absorbedIds, merge.mergedAt);
  const produced = new Map(made.changes.puts.map((r) => [keyOf(r), r]));
  const folded = new Set(made.changes.removed.map(keyOf));
  const back = (was: string | undefined, now_: string | undefined) =>
    now_ === keepId && was !== undefined && absorbed.has(was) ? was : now_;
  const puts: Referrer[] = [];
  for (const b of before) {
    const cur = present.get(keyOf(b));
    if (folded.has(keyOf(b))) {
      if (!cur) puts.push(b);
      continue;
    }
    if (!cur || cur.table !== b.table) continue;
    const restored = restoredOne(b, cur, produced.get(keyOf(b)), made.folded.get(keyOf(b)), {
      keepId,
      absorbed,
      back,
    });
    if (JSON.stringify(restored) !== JSON.stringify(cur))
      puts.push({ ...restored, record: { ...restored.record, updatedAt: now } } as Referrer);
  }
  return { puts, removed: [] };
}

function restoredOne(
  b: Referrer,
  cur: Referrer,
  produced: Referrer | undefined,
  folded: readonly RegisterEnvelope[] | undefined,
  m: {
    keepId: string;
    absorbed: ReadonlySet<string>;
    back: (was: string | undefined, now: string | undefined) => string | undefined;
  },
): Referrer {
  const { keepId, back } = m;
  if (b.table === 'orders' && cur.table === 'orders') {
    // The kept entity stands again for whichever of the merged records the order bound.
    const mine = b.record.order.boundIds.filter((id) => id === keepId || m.absorbed.has(id));
    const boundIds = [
      ...new Set(cur.record.order.boundIds.flatMap((id) => (id === keepId ? mine : [id]))),
    ];
    return { ...cur, record: { ...cur.record, order: { ...cur.record.order, boundIds } } };
  }
  if (b.table === 'referrals' && cur.table === 'referrals') {
    const was = b.record.record as Record<string, unknown>;
    const out = { ...cur.record.record } as Record<string, unknown>;
    for (const f of ['personId', 'servedOnId', 'foundAtId'])
      if (f in out) out[f] = back(was[f] as string | undefined, out[f] as string | undefined);
    return { ...cur, record: { ...cur.record, record: out as SafeguardingRecord } };
  }
  if (b.table === 'registers' && cur.table === 'registers') {
    const entityId = back(b.record.entry.entityId, cur.record.entry.entityId)!;
    const made = produced?.table === 'registers' ? produced.record.entry : cur.record.entry;
    const entry = folded?.length
      ? unfoldEntry(
          b.record.entry,
          made,
          cur.record.entry,
          folded.map((f) => f.entry),
        )
      : cur.record.entry;
    return { ...cur, record: { ...cur.record, entry: { ...entry, entityId } as RegisterEntry } };
  }
  return cur;
}
