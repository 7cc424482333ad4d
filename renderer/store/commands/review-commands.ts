import { decisionAuditEntry, recordDecision, type ReviewDecision } from '../../../shared/review';
import { newId, type Entity, type IntelItem, type Link } from '../../../shared/model';
import { referencesAtDisposal, referrerTombstone, type Referrer } from '../../../shared/references';
import type { StoreTx } from '../db';
import type { MergeRecord, NotDuplicateRecord, ProfileRecord } from '../partnership-schemas';
import { linksTouching } from './links-touching';
import { auditFor, requireRecord, SUBJECT } from './record-steps';
import { referrerKey, referrersIn } from './referring-records';
import { validated } from './validate';
import { defineCommand, type Plan, type StoreCommand, type Write } from './types';

/**
 * Records MoPI review decisions, one or many, and carries them out in ONE transaction: "retain"
 * moves the record's review date; "dispose" erases the record, its links, any merge record that
 * still holds a copy of it, any "not a duplicate" decision naming it and the author's words in a
 * profile about it (its disclosure log stays), and leaves a tombstone
 * (kind, opaque id, grounds, who, when) in the decision log and the audit log. The safeguarding
 * records about a disposed person, the orders binding only them and the register entries about
 * a disposed address or line go with it, each with a tombstone of its own; a record that only
 * mentions it loses the mention (shared/references/disposal.ts). Decisions are history and
 * never overwritten.
 *
 * A batch that disposes of anything is final: it cannot be undone, and the history runner clears
 * the undo history after it (earlier edits may hold copies of what was erased).
 */
export function recordReviewDecisions(
  workspaceId: string,
  inputs: readonly ReviewDecision[],
): StoreCommand & { ids: string[]; final: boolean } {
  const decisions = inputs.map((d) => recordDecision(d));
  if (decisions.length === 0) throw new Error('Choose at least one record to decide on.');
  if (new Set(decisions.map((d) => d.recordId)).size !== decisions.length)
    throw new Error('A record appears twice in this review; decide on each record once.');
  const ids = decisions.map(() => newId('rvw'));
  const final = decisions.some((d) => d.decision === 'dispose');
  let before: { entity?: Entity; intel?: IntelItem; links: Link[] }[] | undefined;

  const apply = async ({ tx, now }: { tx: StoreTx; now: string }): Promise<Plan> => {
    before = [];
    const writes: Write[] = [];
    const audit: Plan['audit'] = [];
    const erased = new Set<string>();
    // The casework as this batch leaves it, so two disposals naming one order see each other.
    const casework = new Map(
      (await referrersIn(tx, workspaceId)).map((r) => [referrerKey(r), r] as const),
    );
    for (const [i, d] of decisions.entries()) {
      const subject = await subjectOf(tx, d);
      before.push(subject);
      const kind = subject.entity?.kind ?? 'intelligence';
      const decision = { ...d, recordKind: kind };
      writes.push({
        table: 'reviews',
        put: validated('reviews', {
          id: ids[i],
          workspaceId,
          decision,
          createdAt: now,
          updatedAt: now,
        }),
      });
      if (d.decision === 'retain') writes.push(...retainWrites(subject, d, now));
      else {
        const links = subject.links.filter((l) => !erased.has(l.id));
        links.forEach((l) => erased.add(l.id));
        for (const l of links) writes.push({ table: 'links', remove: l.id });
        if (subject.entity) writes.push({ table: 'entities', remove: subject.entity.id });
        if (subject.intel) writes.push({ table: 'intel', remove: subject.intel.id });
        writes.push(...(await copiesOf(tx, workspaceId, d.recordId)));
        audit.push({ ...decisionAuditEntry(decision, links.length), workspaceId });
        if (subject.entity) {
          const taken = caseworkAtDisposal(casework, d, now, workspaceId);
          writes.push(...taken.writes);
          audit.push(...taken.audit);
        }
        continue;
      }
      audit.push({ ...decisionAuditEntry(decision), workspaceId });
    }
    return { writes, audit };
  };

  const revert = async (): Promise<Plan> => {
    if (final) throw new Error('A disposal is final: it cannot be undone.');
    if (!before) throw new Error('This decision cannot be undone because it was never recorded.');
    const writes: Write[] = ids.map((id) => ({ table: 'reviews' as const, remove: id }));
    for (const b of before) {
      if (b.entity) writes.push({ table: 'entities', put: b.entity });
      if (b.intel) writes.push({ table: 'intel', put: b.intel });
    }
    return {
      writes,
      audit: [
        auditFor(
          'reviews',
          'restore',
          decisions.map((d) => d.recordId),
          workspaceId,
          `Undo of ${decisions.length} review decision(s) (retain)`,
        ),
      ],
    };
  };

  const label =
    decisions.length === 1
      ? `review decision: ${decisions[0]!.decision}`
      : `${decisions.length} review decisions`;
  return defineCommand(label, { apply, revert }, { ids, final });
}

/** One decision: the same command as a batch of one. */
export function recordReviewDecision(workspaceId: string, input: ReviewDecision) {
  const command = recordReviewDecisions(workspaceId, [input]);
  return Object.assign(command, { id: command.ids[0]! });
}

function retainWrites(
  subject: { entity?: Entity; intel?: IntelItem },
  d: ReviewDecision,
  now: string,
): Write[] {
  const writes: Write[] = [];
  if (subject.entity)
    writes.push({
      table: 'entities',
      put: validated('entities', {
        ...subject.entity,
        reviewDate: d.nextReviewDate,
        updatedAt: now,
      }),
    });
  if (subject.intel)
    writes.push({
      table: 'intel',
      put: validated('intel', { ...subject.intel, reviewDate: d.nextReviewDate, updatedAt: now }),
    });
  return writes;
}

/** Orders, safeguarding records and register entries at the disposal of one entity. */
function caseworkAtDisposal(
  casework: Map<string, Referrer>,
  d: ReviewDecision,
  now: string,
  workspaceId: string,
): Plan {
  const at = referencesAtDisposal([...casework.values()], d.recordId, now);
  const writes: Write[] = [];
  const audit: Plan['audit'] = [];
  for (const r of at.disposed) {
    casework.delete(referrerKey(r));
    writes.push({ table: r.table, remove: r.record.id });
    audit.push({
      action: 'erase',
      subject: SUBJECT[r.table].subject,
      targets: [r.record.id],
      workspaceId,
      detail: `${referrerTombstone(r, d.recordId)} Grounds: ${d.reason}.`,
    });
  }
  for (const r of at.changed) {
    casework.set(referrerKey(r), r);
    writes.push({ table: r.table, put: validated(r.table, r.record) } as Write);
    audit.push(
      auditFor(
        r.table,
        'update',
        [r.record.id],
        workspaceId,
        `No longer names record ${d.recordId}, disposed of after MoPI review`,
      ),
    );
  }
  return { writes, audit };
}

/** Other records that still hold a copy of, or name, a disposed record: they go with it. */
async function copiesOf(tx: StoreTx, workspaceId: string, recordId: string): Promise<Write[]> {
  const writes: Write[] = [];
  for (const m of await tx.where<MergeRecord>('merges', 'workspaceId', workspaceId)) {
    const { keep, merged, links } = m.before;
    const holds =
      keep.id === recordId ||
      merged.some((e) => e.id === recordId) ||
      links.some((l) => l.source === recordId || l.target === recordId) ||
      [keep, ...merged].some((e) => e.provenance.includes(recordId)) ||
      // Copies of casework naming it (ids are random and prefixed: no false match in text).
      JSON.stringify(m.before.records ?? {}).includes(recordId);
    if (holds) writes.push({ table: 'merges', remove: m.id });
  }
  for (const n of await tx.where<NotDuplicateRecord>('notDuplicates', 'workspaceId', workspaceId))
    if (n.a === recordId || n.b === recordId) writes.push({ table: 'notDuplicates', remove: n.id });
  // A profile about the record keeps its disclosure log (evidence of what was sent), but the
  // author's own words about the person go with the record.
  for (const p of await tx.where<ProfileRecord>('profiles', 'workspaceId', workspaceId))
    if (p.draft.subjectId === recordId)
      writes.push({
        table: 'profiles',
        put: validated('profiles', { ...p, draft: { ...p.draft, authorText: {}, title: '' } }),
      });
  return writes;
}

async function subjectOf(tx: StoreTx, d: ReviewDecision) {
  if (d.recordType === 'intel') {
    const intel = await requireRecord(tx, 'intel', d.recordId);
    return { intel, links: [] };
  }
  const entity = await requireRecord(tx, 'entities', d.recordId);
  return { entity, links: d.decision === 'dispose' ? await linksTouching(tx, [entity.id]) : [] };
}
