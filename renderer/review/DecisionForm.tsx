import { useId, useState } from 'react';
import { addDays, recordDecision, type ReviewDecision, type ReviewItem } from '../../shared/review';
import { ErrorAlert } from '../app/ErrorAlert';

/** Retain (with the next review date) or dispose, with the reason; validated by the MoPI rules. */
export function DecisionForm(props: {
  item: ReviewItem;
  userName: string;
  today: string;
  onDecide: (decision: ReviewDecision) => Promise<void>;
  onCancel: () => void;
}) {
  const { item } = props;
  const id = useId();
  const [decision, setDecision] = useState<'retain' | 'dispose'>('retain');
  const [reason, setReason] = useState('');
  const [next, setNext] = useState(addDays(props.today, 365));
  const [error, setError] = useState('');
  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        try {
          const d = recordDecision({
            recordId: item.id,
            recordType: item.recordType,
            decision,
            reason,
            decidedBy: props.userName,
            decidedAt: new Date().toISOString(),
            nextReviewDate: decision === 'retain' ? next : undefined,
          });
          setError('');
          props.onDecide(d).catch((err: Error) => setError(err.message));
        } catch (err) {
          const issues = (err as { issues?: { message: string }[] }).issues;
          setError(issues?.[0]?.message ?? (err as Error).message);
        }
      }}
    >
      <h3 id={`${id}-h`}>Review decision: {item.label}</h3>
      <fieldset>
        <legend>Decision</legend>
        <label className="check-row">
          <input
            type="radio"
            name={`${id}-d`}
            checked={decision === 'retain'}
            onChange={() => setDecision('retain')}
          />
          Retain until a later review
        </label>
        <label className="check-row">
          <input
            type="radio"
            name={`${id}-d`}
            checked={decision === 'dispose'}
            onChange={() => setDecision('dispose')}
          />
          Dispose of the record
        </label>
      </fieldset>
      <label htmlFor={`${id}-reason`}>Reason</label>
      <textarea
        id={`${id}-reason`}
        rows={3}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      {decision === 'retain' ? (
        <>
          <label htmlFor={`${id}-next`}>Next review date</label>
          <input
            id={`${id}-next`}
            type="date"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </>
      ) : null}
      <ErrorAlert message={error} />
      <div className="toolbar">
        <button type="submit">Record decision</button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
