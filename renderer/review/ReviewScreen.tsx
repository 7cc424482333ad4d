import { useMemo, useState } from 'react';
import { reviewList, type ReviewItem, type ReviewStatus } from '../../shared/review';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { decisionsOf } from '../plans/partnershipRecords';
import { recordReviewDecision } from '../store/commands';
import { DecisionForm } from './DecisionForm';
import '../plans/partnership.css';

const LOOK_AHEAD_DAYS = 30;

export const STATUS_WORDS: Record<ReviewStatus, string> = {
  overdue: 'Overdue',
  due: 'Due today',
  upcoming: `Due within ${LOOK_AHEAD_DAYS} days`,
  awaiting_disposal: 'Marked for disposal',
  no_review_date: 'No review date recorded',
};

function when(item: ReviewItem): string {
  if (!item.reviewDate) return '–';
  const late = item.daysOverdue ?? 0;
  if (late > 0) return `${item.reviewDate} (${late} days ago)`;
  return item.reviewDate;
}

/** MoPI review: records due or overdue, retain-or-dispose decisions, and the decision history. */
export function ReviewScreen(props: WorkspaceModuleProps) {
  const { loaded, run, today, userName } = props;
  const decisions = useMemo(() => decisionsOf(loaded), [loaded]);
  const items = useMemo(
    () =>
      reviewList(
        { entities: [...loaded.entities.values()], intelItems: [...loaded.intel.values()] },
        today,
        { decisions, lookAheadDays: LOOK_AHEAD_DAYS },
      ),
    [loaded, today, decisions],
  );
  const [open, setOpen] = useState<ReviewItem | null>(null);
  const [message, setMessage] = useState('');
  const history = [...decisions].sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : -1));
  const label = (id: string) =>
    loaded.entities.get(id)?.label ?? loaded.intel.get(id)?.reference ?? 'record no longer held';

  return (
    <div className="ws-screen partnership">
      <h2>Review and retention (MoPI)</h2>
      <p role="status" className="hint">
        {message}
      </p>
      {open ? (
        <DecisionForm
          key={open.id}
          item={open}
          userName={userName}
          today={today}
          onCancel={() => setOpen(null)}
          onDecide={async (d) => {
            await run(recordReviewDecision(loaded.workspace.id, d));
            setMessage(`Decision recorded for ${open.label}: ${d.decision}.`);
            setOpen(null);
          }}
        />
      ) : null}
      <table className="data-table">
        <caption>
          Records due for review on {today} or within {LOOK_AHEAD_DAYS} days ({items.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col">Review date</th>
            <th scope="col">Decide</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              <td>{item.kind}</td>
              <td className={item.status === 'overdue' ? 'overdue-text' : undefined}>
                {STATUS_WORDS[item.status]}
              </td>
              <td>{when(item)}</td>
              <td>
                {item.status === 'awaiting_disposal' ? (
                  'Decided'
                ) : (
                  <button type="button" onClick={() => setOpen(item)}>
                    Review<span className="sr-only"> {item.label}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>Decisions recorded, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Record</th>
            <th scope="col">Decision</th>
            <th scope="col">Next review</th>
            <th scope="col">By</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {history.map((d) => (
            <tr key={d.recordId + d.decidedAt}>
              <td>{d.decidedAt.replace('T', ' ').slice(0, 16)}</td>
              <td>{label(d.recordId)}</td>
              <td>{d.decision === 'retain' ? 'Retain' : 'Dispose'}</td>
              <td>{d.nextReviewDate ?? '–'}</td>
              <td>{d.decidedBy}</td>
              <td>{d.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
