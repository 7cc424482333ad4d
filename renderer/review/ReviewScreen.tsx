import { useMemo, useState } from 'react';
import { ENTITY_KINDS } from '../../shared/model';
import {
  reviewList,
  type ReviewDecision,
  type ReviewItem,
  type ReviewStatus,
} from '../../shared/review';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { decisionsOf } from '../plans/partnershipRecords';
import { recordReviewDecisions } from '../store/commands';
import { DecisionForm } from './DecisionForm';
import { DisposalDialog, type DisposalTarget } from './DisposalDialog';
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

/** MoPI review: records due or overdue, one or many decided at once, and the decision log. */
export function ReviewScreen(props: WorkspaceModuleProps) {
  const { loaded, run, today, userName, twoPerson } = props;
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReviewItem[] | null>(null);
  const [confirming, setConfirming] = useState<ReviewDecision[] | null>(null);
  const [message, setMessage] = useState('');
  const history = [...decisions].sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : -1));
  const label = (id: string) =>
    loaded.entities.get(id)?.label ?? loaded.intel.get(id)?.reference ?? undefined;
  const decidable = items.filter((i) => i.status !== 'awaiting_disposal');
  const chosen = decidable.filter((i) => selected.has(i.id));

  const carryOut = async (list: ReviewDecision[]) => {
    await run(recordReviewDecisions(loaded.workspace.id, list));
    const disposed = list.filter((d) => d.decision === 'dispose').length;
    setMessage(
      list.length === 1
        ? `Decision recorded for ${label(list[0]!.recordId) ?? 'the record'}: ${list[0]!.decision}.`
        : `${list.length} decisions recorded in one step (${disposed} disposal${disposed === 1 ? '' : 's'}).`,
    );
    setOpen(null);
    setConfirming(null);
    setSelected(new Set());
  };

  return (
    <div className="ws-screen partnership">
      <h2>Review and retention (MoPI)</h2>
      <p role="status" className="hint">
        {message}
      </p>
      {open ? (
        <DecisionForm
          key={open.map((i) => i.id).join()}
          items={open}
          userName={userName}
          today={today}
          onCancel={() => setOpen(null)}
          onDecide={(list) => {
            if (list.some((d) => d.decision === 'dispose')) setConfirming(list);
            else void carryOut(list).catch((e: Error) => setMessage(e.message));
          }}
        />
      ) : null}
      {confirming ? (
        <DisposalDialog
          targets={confirming
            .filter((d) => d.decision === 'dispose')
            .map((d) => disposalTarget(loaded, d.recordId))}
          secondPersonRequired={!!twoPerson?.disposal}
          onCancel={() => setConfirming(null)}
          onConfirm={(secondPerson) =>
            carryOut(
              confirming.map((d) =>
                d.decision === 'dispose' && secondPerson ? { ...d, secondPerson } : d,
              ),
            )
          }
        />
      ) : null}
      <div className="toolbar">
        <button type="button" disabled={chosen.length === 0} onClick={() => setOpen(chosen)}>
          Review selected ({chosen.length})
        </button>
      </div>
      <table className="data-table">
        <caption>
          Records due for review on {today} or within {LOOK_AHEAD_DAYS} days ({items.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">Select</th>
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
              <td>
                {item.status === 'awaiting_disposal' ? null : (
                  <input
                    type="checkbox"
                    aria-label={`Select ${item.label}`}
                    checked={selected.has(item.id)}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.target.checked) next.add(item.id);
                      else next.delete(item.id);
                      setSelected(next);
                    }}
                  />
                )}
              </td>
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
                  <button type="button" onClick={() => setOpen([item])}>
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
            <th scope="col">Grounds</th>
          </tr>
        </thead>
        <tbody>
          {history.map((d) => (
            <tr key={d.storedId}>
              <td>{d.decidedAt.replace('T', ' ').slice(0, 16)}</td>
              <td>
                {label(d.recordId) ??
                  (d.decision === 'dispose'
                    ? `Disposed ${d.recordKind ?? d.recordType} record ${d.recordId}`
                    : `Record ${d.recordId}, no longer held`)}
              </td>
              <td>{d.decision === 'retain' ? 'Retain' : 'Dispose (final)'}</td>
              <td>{d.nextReviewDate ?? '–'}</td>
              <td>
                {d.decidedBy}
                {d.secondPerson
                  ? `, agreed by ${d.secondPerson.name} (${d.secondPerson.role})`
                  : ''}
              </td>
              <td>{d.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function disposalTarget(loaded: WorkspaceModuleProps['loaded'], id: string): DisposalTarget {
  const entity = loaded.entities.get(id);
  if (!entity) {
    const intel = loaded.intel.get(id);
    return { id, label: intel?.reference ?? id, kind: 'intelligence item', links: 0 };
  }
  let links = 0;
  for (const l of loaded.links.values()) if (l.source === id || l.target === id) links++;
  return { id, label: entity.label, kind: ENTITY_KINDS[entity.kind].label, links };
}
