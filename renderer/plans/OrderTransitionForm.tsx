import { useId, useMemo, useState } from 'react';
import { nextStatuses } from '../../shared/orders';
import { ORDER_STATUSES, type OrderStatus, type Tactic } from '../../shared/plans';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command, LoadedWorkspace } from '../store';
import { transitionOrderCommand } from '../store/commands';
import type { StoredOrder } from './boardRecords';
import { linesOf } from './orderChoices';

const VERB: Record<OrderStatus, string> = {
  draft: 'Back to draft',
  applied: 'Applied for',
  granted: 'Granted',
  refused: 'Refused',
  in_force: 'In force (served or taking effect)',
  breached: 'Breached',
  expired: 'Expired',
  discharged: 'Discharged or withdrawn',
};

/** Moves the order one step along its lifecycle; the shared rules say plainly when it may not. */
export function OrderTransitionForm(props: {
  loaded: LoadedWorkspace;
  order: StoredOrder;
  power: Tactic;
  today: string;
  run: (c: Command) => Promise<void>;
}) {
  const { loaded, order, power, today } = props;
  const id = useId();
  const options = nextStatuses(order, power);
  const [to, setTo] = useState<OrderStatus | ''>(options[0] ?? '');
  const [on, setOn] = useState(today);
  const [time, setTime] = useState('');
  const [court, setCourt] = useState(order.court);
  const [reference, setReference] = useState(order.reference);
  const [expiresOn, setExpiresOn] = useState(order.expiresOn ?? '');
  const [conditions, setConditions] = useState(order.conditions.join('\n'));
  const [intelIds, setIntelIds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const intel = useMemo(
    () => [...loaded.intel.values()].sort((a, b) => b.date.localeCompare(a.date)),
    [loaded.intel],
  );
  if (options.length === 0)
    return (
      <p className="hint">
        This {ORDER_STATUSES[order.status].toLowerCase()} order has no further steps.
      </p>
    );
  const chosen = to || options[0]!;
  const show = {
    time: chosen === 'applied' || chosen === 'in_force',
    court: chosen === 'granted' || chosen === 'refused',
    reference: chosen === 'applied' || chosen === 'granted' || chosen === 'in_force',
    expiry: chosen === 'granted' || (chosen === 'in_force' && order.status !== 'breached'),
    conditions: chosen === 'granted' || (chosen === 'in_force' && order.status === 'draft'),
    intel: chosen === 'breached',
  };

  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        setError('');
        const input = {
          on,
          note,
          ...(show.time && time ? { time } : {}),
          ...(show.court ? { court } : {}),
          ...(show.reference ? { reference } : {}),
          ...(show.expiry ? { expiresOn } : {}),
          ...(show.conditions ? { conditions: linesOf(conditions) } : {}),
          ...(show.intel ? { intelIds } : {}),
        };
        props.run(transitionOrderCommand(order.storedId, chosen, input, power, today)).then(
          () => setNote(''),
          (err: Error) => setError(err.message),
        );
      }}
    >
      <h4 id={`${id}-h`}>Record the next step</h4>
      <label htmlFor={`${id}-to`}>New status</label>
      <select id={`${id}-to`} value={chosen} onChange={(e) => setTo(e.target.value as OrderStatus)}>
        {options.map((s) => (
          <option key={s} value={s}>
            {VERB[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-on`}>Date</label>
      <input id={`${id}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      {show.time ? (
        <>
          <label htmlFor={`${id}-time`}>Time (for limits counted in hours)</label>
          <input
            id={`${id}-time`}
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
        </>
      ) : null}
      {show.court ? (
        <>
          <label htmlFor={`${id}-court`}>Court or committee</label>
          <input id={`${id}-court`} value={court} onChange={(e) => setCourt(e.target.value)} />
        </>
      ) : null}
      {show.reference ? (
        <>
          <label htmlFor={`${id}-ref`}>Reference</label>
          <input
            id={`${id}-ref`}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </>
      ) : null}
      {show.expiry ? (
        <>
          <label htmlFor={`${id}-exp`}>Expires on</label>
          <input
            id={`${id}-exp`}
            type="date"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
          />
        </>
      ) : null}
      {show.conditions ? (
        <>
          <label htmlFor={`${id}-cond`}>Conditions (one a line)</label>
          <textarea
            id={`${id}-cond`}
            rows={3}
            value={conditions}
            onChange={(e) => setConditions(e.target.value)}
          />
        </>
      ) : null}
      {show.intel ? (
        <>
          <label htmlFor={`${id}-intel`}>Intelligence that shows the breach</label>
          <select
            id={`${id}-intel`}
            multiple
            size={5}
            value={intelIds}
            onChange={(e) => setIntelIds([...e.target.selectedOptions].map((o) => o.value))}
          >
            {intel.map((i) => (
              <option key={i.id} value={i.id}>
                {i.reference} ({i.date})
              </option>
            ))}
          </select>
        </>
      ) : null}
      <label htmlFor={`${id}-note`}>Note</label>
      <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      <ErrorAlert message={error} />
      <button type="submit">Record step</button>
    </form>
  );
}
