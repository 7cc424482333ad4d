import { decisionAuditEntry, recordDecision, type ReviewDecision } from '../../../shared/review';
import { newId, type Entity, type IntelItem, type Link } from '../../../shared/model';
import type { StoreTx } from '../db';
import { linksTouching } from './links-touching';
import { auditFor, requireRecord } from './record-steps';
import { validated } from './validate';
import { defineCommand, type Plan, type StoreCommand, type Write } from './types';

/**
 * Records a MoPI review decision and carries it out in the same transaction: "retain" moves the
 * record's review date to the next review; "dispose" erases the record (an entity with its links).
 * Decisions are history and never overwritten. Undo, while the vault stays unlocked, puts the
 * record back; the audit log keeps the decision and the undo.
 */
export function recordReviewDecision(
  workspaceId: string,
  input: ReviewDecision,
): StoreCommand & { id: string } {
  const decision = recordDecision(input);
  const id = newId('rvw');
  let before: { entity?: Entity; intel?: IntelItem; links: Link[] } | undefined;
  let reviewRecord: ReturnType<typeof validated<'reviews'>> | undefined;

  const apply = async ({ tx, now }: { tx: StoreTx; now: string }): Promise<Plan> => {
    before = await subjectOf(tx, decision);
    reviewRecord ??= validated('reviews', {
      id,
      workspaceId,
      decision,
      createdAt: now,
      updatedAt: now,
    });
    const writes: Write[] = [{ table: 'reviews', put: reviewRecord }];
    if (decision.decision === 'retain') {
      if (before.entity)
        writes.push({
          table: 'entities',
          put: validated('entities', {
            ...before.entity,
            reviewDate: decision.nextReviewDate,
            updatedAt: now,
          }),
        });
      if (before.intel)
        writes.push({
          table: 'intel',
          put: validated('intel', {
            ...before.intel,
            reviewDate: decision.nextReviewDate,
            updatedAt: now,
          }),
        });
    } else {
      for (const l of before.links) writes.push({ table: 'links', remove: l.id });
      if (before.entity) writes.push({ table: 'entities', remove: before.entity.id });
      if (before.intel) writes.push({ table: 'intel', remove: before.intel.id });
    }
    const entry = decisionAuditEntry(decision);
    return {
      writes,
      audit: [
        { ...entry, workspaceId },
        ...(before.links.length
          ? [
              auditFor(
                'links',
                'erase',
                before.links.map((l) => l.id),
                workspaceId,
                'Erased with the record disposed of at review',
              ),
            ]
          : []),
      ],
    };
  };

  const revert = async (): Promise<Plan> => {
    if (!before) throw new Error('This decision cannot be undone because it was never recorded.');
    const writes: Write[] = [{ table: 'reviews', remove: id }];
    if (before.entity) writes.push({ table: 'entities', put: before.entity });
    if (before.intel) writes.push({ table: 'intel', put: before.intel });
    // Links are only taken (and so only given back) when the record was disposed of.
    for (const put of before.links) writes.push({ table: 'links', put });
    return {
      writes,
      audit: [
        auditFor(
          'reviews',
          'restore',
          [decision.recordId],
          workspaceId,
          `Undo of review decision (${decision.decision})`,
        ),
      ],
    };
  };

  return defineCommand(`review decision: ${decision.decision}`, { apply, revert }, { id });
}

async function subjectOf(tx: StoreTx, d: ReviewDecision) {
  if (d.recordType === 'intel') {
    const intel = await requireRecord(tx, 'intel', d.recordId);
    return { intel, links: [] };
  }
  const entity = await requireRecord(tx, 'entities', d.recordId);
  return { entity, links: d.decision === 'dispose' ? await linksTouching(tx, [entity.id]) : [] };
}
