import { useId, useState } from 'react';
import { addDays, recordDecision, type ReviewDecision, type ReviewItem } from '../../shared/review';
import { ErrorAlert } from '../app/ErrorAlert';

type Choice = { decision: 'retain' | 'dispose'; reason: string; next: string };

/**
 * Retain (with the next review date) or dispose, with the grounds, for one record or many: one
 * decision for all of them, or one each. Validated by the MoPI rules before anything happens;
 * disposals then go to the confirmation (DisposalDialog).
 */
export function DecisionForm(props: {
  items: readonly ReviewItem[];
  userName: string;
  today: string;
  onDecide: (decisions: ReviewDecision[]) => void;
  onCancel: () => void;
}) {
  const { items } = props;
  const id = useId();
  const fresh = (): Choice => ({ decision: 'retain', reason: '', next: addDays(props.today, 365) });
  const [each, setEach] = useState(false);
  const [all, setAll] = useState<Choice>(fresh);
  const [per, setPer] = useState<Record<string, Choice>>({});
  const [error, setError] = useState('');
  const choiceFor = (item: ReviewItem) => (each ? (per[item.id] ?? fresh()) : all);
  const title =
    items.length === 1 ? `Review decision: ${items[0]!.label}` : `Review ${items.length} records`;

  const submit = () => {
    try {
      const at = new Date().toISOString();
      const decisions = items.map((item) => {
        const c = choiceFor(item);
        return recordDecision({
          recordId: item.id,
          recordType: item.recordType,
          decision: c.decision,
          reason: c.reason,
          decidedBy: props.userName,
          decidedAt: at,
          nextReviewDate: c.decision === 'retain' ? c.next : undefined,
        });
      });
      setError('');
      props.onDecide(decisions);
    } catch (err) {
      const issues = (err as { issues?: { message: string }[] }).issues;
      setError(issues?.[0]?.message ?? (err as Error).message);
    }
  };

  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-h`}>{title}</h3>
      {items.length > 1 ? (
        <fieldset>
          <legend>How to decide</legend>
          <label className="check-row">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={!each}
              onChange={() => setEach(false)}
            />
            One decision for all {items.length} records
          </label>
          <label className="check-row">
            <input type="radio" name={`${id}-mode`} checked={each} onChange={() => setEach(true)} />
            A decision for each record
          </label>
        </fieldset>
      ) : null}
      {each ? (
        items.map((item) => (
          <ChoiceFields
            key={item.id}
            legend={item.label}
            value={choiceFor(item)}
            onChange={(c) => setPer({ ...per, [item.id]: c })}
          />
        ))
      ) : (
        <ChoiceFields
          legend={items.length === 1 ? 'Decision' : `Decision for all ${items.length} records`}
          value={all}
          onChange={setAll}
        />
      )}
      <ErrorAlert message={error} />
      <div className="toolbar">
        <button type="submit">Record decision{items.length > 1 ? 's' : ''}</button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ChoiceFields({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: Choice;
  onChange: (c: Choice) => void;
}) {
  const id = useId();
  const set = (patch: Partial<Choice>) => onChange({ ...value, ...patch });
  return (
    <fieldset>
      <legend>{legend}</legend>
      <label className="check-row">
        <input
          type="radio"
          name={`${id}-d`}
          checked={value.decision === 'retain'}
          onChange={() => set({ decision: 'retain' })}
        />
        Retain until a later review
      </label>
      <label className="check-row">
        <input
          type="radio"
          name={`${id}-d`}
          checked={value.decision === 'dispose'}
          onChange={() => set({ decision: 'dispose' })}
        />
        Dispose of the record
      </label>
      <label htmlFor={`${id}-reason`}>Grounds (reason)</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        value={value.reason}
        onChange={(e) => set({ reason: e.target.value })}
      />
      {value.decision === 'retain' ? (
        <>
          <label htmlFor={`${id}-next`}>Next review date</label>
          <input
            id={`${id}-next`}
            type="date"
            value={value.next}
            onChange={(e) => set({ next: e.target.value })}
          />
        </>
      ) : null}
    </fieldset>
  );
}
