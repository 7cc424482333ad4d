import { mergeEntities as mergePlan, type MergeRecord } from '../../../shared/dedupe';
import { newId, type Entity, type Link } from '../../../shared/model';
import {
  asReferrers,
  mergeReferences,
  recordsOf,
  unmergeReferences,
  type Referrer,
} from '../../../shared/references';
import type { StoreTx } from '../db';
import { linksTouching } from './links-touching';
import { auditFor, requireRecord } from './record-steps';
import { referenceWrites, referrerKey, referrersIn } from './referring-records';
import { reversibleCommand } from './reversible';
import type { Write } from './types';
import { validated } from './validate';

/**
 * Merges duplicate entities into the one kept: links move to it, names become aliases,
 * provenance is joined; orders, safeguarding records and register entries that pointed at an
 * absorbed record point at the kept one (shared/references). The merge record keeps the
 * "before" of all of it so un-merge can restore it. Logged as a combine; undoable.
 */
export function mergeEntities(
  workspaceId: string,
  keepId: string,
  mergeIds: readonly string[],
  options: { mergedBy?: string; score?: number } = {},
) {
  const id = newId('mrg');
  const unique = [...new Set(mergeIds)].filter((m) => m !== keepId);
  return reversibleCommand(
    unique.length === 1 ? 'merge duplicate' : `merge ${unique.length} duplicates`,
    async ({ tx, now }) => {
      const keep = await requireRecord(tx, 'entities', keepId);
      const merged: Entity[] = [];
      for (const m of unique) merged.push(await requireRecord(tx, 'entities', m));
      const touching = await linksTouching(tx, unique);
      const outcome = mergePlan(keep, merged, touching, now);
      const referring = await referrersIn(tx, workspaceId);
      const refs = mergeReferences(referring, keepId, unique, now);
      const touched = new Set([...refs.puts, ...refs.removed].map(referrerKey));
      const originals = referring.filter((r) => touched.has(referrerKey(r)));
      const record: MergeRecord = validated('merges', {
        id,
        workspaceId,
        keepId,
        mergedIds: unique,
        before: {
          keep,
          merged,
          links: touching,
          ...(originals.length ? { records: recordsOf(originals) } : {}),
        },
        mergedBy: options.mergedBy ?? '',
        score: options.score,
        createdAt: now,
        updatedAt: now,
      });
      const writes: Write[] = [
        { table: 'entities', put: validated('entities', outcome.keep) },
        ...outcome.moved.map((l) => ({ table: 'links' as const, put: validated('links', l) })),
        ...outcome.setAside.map((l) => ({ table: 'links' as const, remove: l.id })),
        ...unique.map((m) => ({ table: 'entities' as const, remove: m })),
        ...referenceWrites(validatedChanges(refs)),
        { table: 'merges', put: record },
      ];
      const names = merged.map((m) => `"${m.label}"`).join(', ');
      const repointed = refs.puts.length + refs.removed.length;
      return {
        writes,
        audit: [
          auditFor(
            'entities',
            'combine',
            [keepId, ...unique],
            workspaceId,
            `Merged ${names} into "${keep.label}"; ${outcome.moved.length} links moved, ${outcome.setAside.length} set aside${repointed ? `; ${repointed} orders, safeguarding records or register entries now point at "${keep.label}"` : ''}`,
          ),
        ],
      };
    },
    () => [auditFor('entities', 'restore', [keepId, ...unique], workspaceId, 'Undo of merge')],
    { id },
  );
}

/**
 * Undoes a past merge, even after later edits: the absorbed records come back, the links they had
 * return to them, and the kept record gets back its own fields, except any field an analyst has
 * changed since the merge, which keeps the later value. Links added to the kept record after the
 * merge stay with it.
 */
export function unmergeEntities(mergeId: string) {
  let workspaceId = '';
  let targets: string[] = [];
  return reversibleCommand(
    'un-merge',
    async ({ tx, now }) => {
      const merge = await requireRecord(tx, 'merges', mergeId);
      workspaceId = merge.workspaceId;
      targets = [merge.keepId, ...merge.mergedIds];
      const writes: Write[] = [];
      const current = await requireRecord(tx, 'entities', merge.keepId);
      // What the merge did, recomputed from the record's "before" by the same pure function.
      const { keep, merged, links } = merge.before;
      const done = mergePlan(keep, merged, links, merge.createdAt);
      writes.push({
        table: 'entities',
        put: validated('entities', restoredKeep(merge, done.keep, current, now)),
      });
      for (const m of merge.before.merged)
        if (!(await tx.get('entities', m.id))) writes.push({ table: 'entities', put: m });
      const setAside = new Set(done.setAside.map((l) => l.id));
      writes.push(...(await restoredLinks(tx, merge, setAside, now)));
      writes.push(...(await restoredReferences(tx, merge, now)));
      writes.push({ table: 'merges', remove: mergeId });
      return {
        writes,
        audit: [
          auditFor(
            'entities',
            'restore',
            targets,
            workspaceId,
            `Un-merged ${merge.mergedIds.length} record(s) from "${current.label}"`,
          ),
        ],
      };
    },
    () => [auditFor('entities', 'combine', targets, workspaceId, 'Undo of un-merge')],
  );
}

/** Three-way: a field still as the merge left it goes back to its value before the merge. */
function restoredKeep(merge: MergeRecord, merged: Entity, current: Entity, now: string): Entity {
  const before = merge.before.keep as unknown as Record<string, unknown>;
  const after = merged as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = { ...current, updatedAt: now };
  for (const key of ['label', 'notes', 'classification', 'reviewDate', 'provenance'])
    if (same(out[key], after[key])) out[key] = before[key];
  const attrs: Record<string, unknown> = { ...current.attrs };
  const beforeAttrs = before.attrs as Record<string, unknown>;
  const afterAttrs = (after.attrs ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(attrs), ...Object.keys(beforeAttrs)]))
    if (same(attrs[key], afterAttrs[key])) attrs[key] = beforeAttrs[key];
  out.attrs = attrs;
  return out as Entity;
}

async function restoredLinks(
  tx: StoreTx,
  merge: MergeRecord,
  setAside: ReadonlySet<string>,
  now: string,
): Promise<Write[]> {
  const writes: Write[] = [];
  for (const original of merge.before.links) {
    const present = await tx.get<Link>('links', original.id);
    if (present)
      writes.push({
        table: 'links',
        put: { ...present, source: original.source, target: original.target, updatedAt: now },
      });
    else if (setAside.has(original.id)) writes.push({ table: 'links', put: original });
    // Otherwise the link was deleted after the merge, and stays deleted.
  }
  return writes;
}

/** Orders, safeguarding records and register entries point again at the records they did. */
async function restoredReferences(tx: StoreTx, merge: MergeRecord, now: string): Promise<Write[]> {
  if (!merge.before.records) return [];
  const before = asReferrers(merge.before.records);
  const present = new Map<string, Referrer>();
  for (const b of before) {
    const record = await tx.get<Referrer['record']>(b.table, b.record.id);
    if (record) present.set(referrerKey(b), { table: b.table, record } as Referrer);
  }
  const changes = unmergeReferences(
    before,
    present,
    { keepId: merge.keepId, absorbedIds: merge.mergedIds, mergedAt: merge.createdAt },
    now,
  );
  return referenceWrites(validatedChanges(changes));
}

function validatedChanges<C extends { puts: Referrer[] }>(changes: C): C {
  return {
    ...changes,
    puts: changes.puts.map((r) => ({ ...r, record: validated(r.table, r.record) }) as Referrer),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
