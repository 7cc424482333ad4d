import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  decisionAuditEntry,
  latestDecisions,
  recordDecision,
  reviewList,
} from '../../../shared/review';
import { id, intel, nominal, P } from '../profiles/fixtures';

const entities = [
  nominal(1, 'Overdue', {}, { reviewDate: '2025-05-01' }),
  nominal(2, 'Due today', {}, { reviewDate: '2025-06-01' }),
  nominal(3, 'Soon', {}, { reviewDate: '2025-06-10' }),
  nominal(4, 'Later', {}, { reviewDate: '2026-01-01' }),
  nominal(5, 'No date', {}),
];
const intelItems = [intel(1, 'IR/OLD', P(), { reviewDate: '2024-06-01' })];
const decision = (recordId: string, d: Record<string, unknown>) =>
  recordDecision({
    recordId,
    recordType: 'entity',
    reason: 'Still linked to live OCG',
    decidedBy: 'DS Patel',
    decidedAt: '2025-06-01T10:00:00.000Z',
    ...d,
  });

describe('reviewList', () => {
  it('lists due and overdue records, most overdue first, and records with no date', () => {
    const list = reviewList({ entities, intelItems }, '2025-06-01');
    expect(list.map((i) => [i.label, i.status, i.daysOverdue])).toEqual([
      ['IR/OLD', 'overdue', 365],
      ['Overdue', 'overdue', 31],
      ['Due today', 'due', 0],
      ['No date', 'no_review_date', undefined],
    ]);
  });

  it('looks ahead when asked and can leave out missing dates', () => {
    const list = reviewList({ entities }, '2025-06-01', {
      lookAheadDays: 10,
      includeMissingDates: false,
    });
    expect(list.map((i) => i.status)).toEqual(['overdue', 'due', 'upcoming']);
  });

  it('applies decisions: retain moves the date, dispose awaits disposal', () => {
    const decisions = [
      decision(id('ent', 1), { decision: 'retain', nextReviewDate: '2026-06-01' }),
      decision(id('ent', 2), { decision: 'dispose' }),
    ];
    const list = reviewList({ entities }, '2025-06-01', { decisions });
    expect(list.find((i) => i.id === id('ent', 1))).toBeUndefined();
    expect(list.find((i) => i.id === id('ent', 2))?.status).toBe('awaiting_disposal');
  });
});

describe('review decisions', () => {
  it('needs a next review date to retain, none to dispose, and a reason', () => {
    expect(() => decision(id('ent', 1), { decision: 'retain' })).toThrow(/next review date/);
    expect(() =>
      decision(id('ent', 1), { decision: 'dispose', nextReviewDate: '2026-01-01' }),
    ).toThrow(/no next review date/);
    expect(() =>
      decision(id('ent', 1), { decision: 'retain', nextReviewDate: '2025-06-01' }),
    ).toThrow(/after the day/);
    expect(() => decision(id('ent', 1), { decision: 'dispose', reason: '' })).toThrow(/reason/);
  });

  it('keeps the newest decision per record and logs each one', () => {
    const older = decision(id('ent', 1), {
      decision: 'retain',
      nextReviewDate: '2026-01-01',
      decidedAt: '2025-01-01T10:00:00.000Z',
    });
    const newer = decision(id('ent', 1), { decision: 'dispose' });
    expect(latestDecisions([newer, older]).get(id('ent', 1))?.decision).toBe('dispose');
    expect(decisionAuditEntry(newer)).toEqual({
      action: 'erase',
      subject: 'review',
      targets: [id('ent', 1)],
      detail: `MoPI disposal: entity record ${id('ent', 1)} erased; not recoverable. Grounds: Still linked to live OCG.`,
    });
    expect(decisionAuditEntry(older).action).toBe('update');
  });

  it('does calendar arithmetic across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-10', 90)).toBe('2025-04-10');
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1);
    expect(daysBetween('2025-06-01', '2025-05-01')).toBe(-31);
  });
});
