import { useId, useState } from 'react';
import { addPeriod, momentWords, type Moment } from '../../shared/orders';
import { periodWords, STEP_SOURCES, ANCHORS, type Tactic } from '../../shared/plans';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command } from '../store';
import {
  extendOrderCommand,
  markOrderStepCommand,
  markOrderStepNotApplicableCommand,
} from '../store/commands';
import type { StoredOrder } from './boardRecords';

function startOf(order: StoredOrder, after: keyof typeof ANCHORS): Moment | undefined {
  const at = {
    applied: [order.appliedOn, order.appliedTime],
    decided: [order.decidedOn],
    in_force: [order.inForceOn, order.inForceTime],
    expires: [order.expiresOn],
  }[after];
  return at[0] ? { date: at[0], ...(at[1] ? { time: at[1] } : {}) } : undefined;
}

/** The power's statutory steps on this order: done, not applicable, or due by when. */
export function OrderSteps(props: {
  order: StoredOrder;
  power: Tactic;
  today: string;
  run: (c: Command) => Promise<void>;
}) {
  const { order, power, today } = props;
  const id = useId();
  const [on, setOn] = useState(today);
  const [extendTo, setExtendTo] = useState('');
  const [error, setError] = useState('');
  const act = (c: Command) =>
    props.run(c).then(
      () => setError(''),
      (e: Error) => setError(e.message),
    );
  const canExtend = order.status === 'in_force' || order.status === 'breached';
  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>Statutory steps</h4>
      {(power.steps ?? []).length === 0 ? (
        <p className="hint">The catalogue lists no statutory steps for this power.</p>
      ) : null}
      <ul>
        {(power.steps ?? []).map((s) => {
          const done = order.stepsDone[s.id];
          const na = order.stepsNotApplicable.includes(s.id);
          const start = s.after ? startOf(order, s.after) : undefined;
          const due = start && s.within ? addPeriod(start, s.within) : undefined;
          const when = s.requiredBefore
            ? `before it can be ${s.requiredBefore.replace('_', ' ')}`
            : s.within && s.after
              ? `within ${periodWords(s.within)} of ${ANCHORS[s.after]}${due ? `: by ${momentWords(due)}` : ''}`
              : '';
          return (
            <li key={s.id}>
              <strong>{s.label}</strong> {when ? `(${when})` : ''}. {s.basis} [
              {STEP_SOURCES[s.source]}].{' '}
              {done ? (
                `Done on ${done}.`
              ) : na ? (
                'Does not apply.'
              ) : (
                <span className="toolbar">
                  <button
                    type="button"
                    onClick={() =>
                      void act(markOrderStepCommand(order.storedId, s.id, on, power, today))
                    }
                  >
                    Mark done<span className="sr-only"> {s.label}</span>
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      void act(markOrderStepNotApplicableCommand(order.storedId, s.id, power))
                    }
                  >
                    Does not apply<span className="sr-only"> {s.label}</span>
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <label htmlFor={`${id}-on`}>Date for steps marked done</label>
      <input id={`${id}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      {canExtend ? (
        <div className="toolbar">
          <label htmlFor={`${id}-to`}>Extend to</label>
          <input
            id={`${id}-to`}
            type="date"
            value={extendTo}
            onChange={(e) => setExtendTo(e.target.value)}
          />
          <button
            type="button"
            onClick={() =>
              void act(extendOrderCommand(order.storedId, { on, to: extendTo }, power, today))
            }
          >
            Record extension
          </button>
        </div>
      ) : null}
      <ErrorAlert message={error} />
    </section>
  );
}
