import { z } from 'zod';
import { ID_REGEX, isoDateSchema, isoInstantSchema, type AuditAction } from '../model';

export const REVIEW_RECORD_TYPES = ['entity', 'intel'] as const;
export type ReviewRecordType = (typeof REVIEW_RECORD_TYPES)[number];

/** A MoPI review decision: keep the record until a later review, or dispose of it. */
export const reviewDecisionSchema = z
  .object({
    recordId: z.string().regex(ID_REGEX, 'Not a valid record id'),
    recordType: z.enum(REVIEW_RECORD_TYPES),
    decision: z.enum(['retain', 'dispose']),
    reason: z.string().trim().min(1, 'Write down the reason for the decision').max(4000),
    decidedBy: z.string().trim().min(1, 'Record who made the decision').max(200),
    decidedAt: isoInstantSchema,
    nextReviewDate: isoDateSchema.optional(),
    /** What was reviewed (entity kind, or 'intelligence'): kept so a disposal's tombstone says it. */
    recordKind: z.string().max(40).optional(),
    /** The second person who agreed a disposal, where the two-person rule asks for one. */
    secondPerson: z
      .object({ name: z.string().trim().min(1).max(200), role: z.string().trim().min(1).max(200) })
      .optional(),
  })
  .refine((d) => d.decision !== 'retain' || d.nextReviewDate !== undefined, {
    message: 'A record kept after review needs its next review date',
    path: ['nextReviewDate'],
  })
  .refine((d) => d.decision !== 'dispose' || d.nextReviewDate === undefined, {
    message: 'A record marked for disposal has no next review date',
    path: ['nextReviewDate'],
  })
  .refine((d) => !d.nextReviewDate || d.nextReviewDate > d.decidedAt.slice(0, 10), {
    message: 'The next review date must be after the day of the decision',
    path: ['nextReviewDate'],
  });
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** Validates a decision the reviewer entered; throws zod's error with the sentences above. */
export function recordDecision(input: unknown): ReviewDecision {
  return reviewDecisionSchema.parse(input);
}

/** The newest decision per record; decisions are kept as history, never overwritten. */
export function latestDecisions(decisions: readonly ReviewDecision[]): Map<string, ReviewDecision> {
  const latest = new Map<string, ReviewDecision>();
  for (const d of decisions) {
    const prev = latest.get(d.recordId);
    if (!prev || d.decidedAt >= prev.decidedAt) latest.set(d.recordId, d);
  }
  return latest;
}

export interface ReviewAuditEntry {
  action: AuditAction;
  subject: 'review';
  targets: string[];
  detail: string;
}

/**
 * What the audit log records for a decision (DPA 2018 s.62). Retaining alters the record's
 * review date; disposal is logged as erasure, which the repository then carries out.
 */
export function decisionAuditEntry(d: ReviewDecision, linksErased = 0): ReviewAuditEntry {
  const second = d.secondPerson
    ? ` Agreed by ${d.secondPerson.name} (${d.secondPerson.role}).`
    : '';
  const detail =
    d.decision === 'retain'
      ? `MoPI review: retained until review on ${d.nextReviewDate}. Reason: ${d.reason}`
      : `${tombstoneText(d, linksErased)} Grounds: ${d.reason}.${second}`;
  return {
    action: d.decision === 'retain' ? 'update' : 'erase',
    subject: 'review',
    targets: [d.recordId],
    detail,
  };
}

/**
 * The tombstone of a disposed record: what kind of record it was and its opaque id, never its
 * name or content, which went with it.
 */
export function tombstoneText(d: ReviewDecision, linksErased = 0): string {
  const links = linksErased ? ` and its ${linksErased} link${linksErased === 1 ? '' : 's'}` : '';
  return `MoPI disposal: ${d.recordKind ?? d.recordType} record ${d.recordId}${links} erased; not recoverable.`;
}
