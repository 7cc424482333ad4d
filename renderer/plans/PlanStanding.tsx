import { useId, useMemo, useState } from 'react';
import { BAND_WORDS, groupBand } from '../../shared/board';
import { planReviewState } from '../../shared/plans';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ErrorAlert } from '../app/ErrorAlert';
import { signOffPlanCommand } from '../store/commands';
import { matrixOf, scoresOf, type StoredPlan } from './partnershipRecords';

/** Where the plan stands with the board: the group's priority band, its review date and sign-offs. */
export function PlanStanding({ module, plan }: { module: WorkspaceModuleProps; plan: StoredPlan }) {
  const { loaded, run, today } = module;
  const id = useId();
  const band = useMemo(
    () => groupBand(plan.subjectIds[0] ?? '', matrixOf(loaded), scoresOf(loaded)),
    [loaded, plan.subjectIds],
  );
  const review = planReviewState(plan, today);
  const [by, setBy] = useState(plan.lro);
  const [on, setOn] = useState(today);
  const [next, setNext] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const last = review.lastSignOff;

  return (
    <section aria-labelledby={`${id}-h`} className="plan-standing">
      <h3 id={`${id}-h`}>Priority, review and sign-off</h3>
      <p>
        <strong>Priority band: </strong>
        {band
          ? `${BAND_WORDS[band.band]} (score ${band.total}, ranked ${band.rank} of ${band.of}, scored ${band.scoredAt.slice(0, 10)})`
          : 'Not scored yet: score the group on the Prioritisation screen.'}
      </p>
      <p>
        <strong>Next review: </strong>
        {review.reviewDate ?? 'not set'}. <strong>Last LRO sign-off: </strong>
        {last
          ? `${last.by} on ${last.on}${last.note ? ` (${last.note})` : ''}`
          : 'never signed off'}
        . {review.due ? <span className="overdue-text">Review due.</span> : null}
      </p>
      <details>
        <summary>Record the LRO's sign-off and the next review</summary>
        <form
          className="stack-form"
          aria-label="Sign off the plan"
          onSubmit={(e) => {
            e.preventDefault();
            setError('');
            run(
              signOffPlanCommand(
                plan.storedId,
                { by, on, note, ...(next ? { nextReview: next } : {}) },
                today,
              ),
            ).then(
              () => {
                setStatus(`Signed off by ${by} on ${on}.`);
                setNote('');
              },
              (err: Error) => setError(err.message),
            );
          }}
        >
          <label htmlFor={`${id}-by`}>Signed off by (the LRO)</label>
          <input id={`${id}-by`} value={by} onChange={(e) => setBy(e.target.value)} />
          <label htmlFor={`${id}-on`}>Sign-off date</label>
          <input id={`${id}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
          <label htmlFor={`${id}-next`}>Next review date</label>
          <input
            id={`${id}-next`}
            type="date"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
          <label htmlFor={`${id}-note`}>Note</label>
          <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
          <ErrorAlert message={error} />
          <button type="submit">Record sign-off</button>
        </form>
      </details>
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
