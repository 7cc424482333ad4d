import type { Entity, IntelItem } from '../model';
import { latestDecisions, type ReviewDecision, type ReviewRecordType } from './decision';
import { daysBetween } from './days';

export type ReviewStatus = 'overdue' | 'due' | 'upcoming' | 'awaiting_disposal' | 'no_review_date';

export interface ReviewItem {
  recordType: ReviewRecordType;
  id: string;
  /** Label for entities, reference for intelligence items. */
  label: string;
  kind: string;
  reviewDate: string | undefined;
  status: ReviewStatus;
  /** Positive when overdue, 0 on the day, negative before it; undefined without a date. */
  daysOverdue: number | undefined;
}

export interface ReviewOptions {
  /** Also list records falling due within this many days. Default 0: due or overdue only. */
  lookAheadDays?: number;
  decisions?: readonly ReviewDecision[];
  /** MoPI expects every record to carry a review date; list those that lack one. Default true. */
  includeMissingDates?: boolean;
}

const STATUS_ORDER: Record<ReviewStatus, number> = {
  overdue: 0,
  due: 1,
  no_review_date: 2,
  upcoming: 3,
  awaiting_disposal: 4,
};

function classify(
  reviewDate: string | undefined,
  day: string,
  lookAhead: number,
): ReviewStatus | null {
  if (!reviewDate) return 'no_review_date';
  const late = daysBetween(reviewDate, day);
  if (late > 0) return 'overdue';
  if (late === 0) return 'due';
  return -late <= lookAhead ? 'upcoming' : null;
}

/** Records whose MoPI review is due or overdue on `day`, most overdue first. */
export function reviewList(
  records: { entities: readonly Entity[]; intelItems?: readonly IntelItem[] },
  day: string,
  options: ReviewOptions = {},
): ReviewItem[] {
  const latest = latestDecisions(options.decisions ?? []);
  const candidates = [
    ...records.entities.map((e) => ({
      recordType: 'entity' as const,
      id: e.id,
      label: e.label,
      kind: e.kind,
      reviewDate: e.reviewDate,
    })),
    ...(records.intelItems ?? []).map((i) => ({
      recordType: 'intel' as const,
      id: i.id,
      label: i.reference,
      kind: 'intelligence',
      reviewDate: i.reviewDate,
    })),
  ];
  const items: ReviewItem[] = [];
  for (const c of candidates) {
    const decision = latest.get(c.id);
    // A newer retain decision moves the review date even before the repository has saved it.
    const reviewDate =
      decision?.decision === 'retain' &&
      decision.nextReviewDate &&
      (!c.reviewDate || decision.nextReviewDate > c.reviewDate)
        ? decision.nextReviewDate
        : c.reviewDate;
    const status =
      decision?.decision === 'dispose'
        ? 'awaiting_disposal'
        : classify(reviewDate, day, options.lookAheadDays ?? 0);
    if (!status || (status === 'no_review_date' && options.includeMissingDates === false)) continue;
    items.push({
      ...c,
      reviewDate,
      status,
      daysOverdue: reviewDate ? daysBetween(reviewDate, day) : undefined,
    });
  }
  return items.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) ||
      a.label.localeCompare(b.label),
  );
}
