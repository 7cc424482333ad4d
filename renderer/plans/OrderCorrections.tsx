import { useId, useState } from 'react';
import { AGENCY_KINDS, ORDER_STATUSES, type AgencyKind, type Tactic } from '../../shared/plans';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command, LoadedWorkspace } from '../store';
import { deleteOrder, updateOrderDetailsCommand } from '../store/commands';
import type { StoredOrder } from './boardRecords';
import { BoundEntitiesField } from './BoundEntitiesField';
import { linesOf } from './orderChoices';

/**
 * Correcting an order's details (whom it binds, who leads it, court, reference, conditions,
 * notes) and deleting it, both undoable and audited. Status and dates move only through the
 * lifecycle form beside it.
 */
export function OrderCorrections(props: {
  loaded: LoadedWorkspace;
  order: StoredOrder;
  power: Tactic;
  run: (c: Command) => Promise<void>;
  /** After a save or a deletion, with what to announce. */
  onDone: (message: string, deleted: boolean) => void;
}) {
  const { order, power } = props;
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [bound, setBound] = useState(order.boundIds);
  const [kind, setKind] = useState<AgencyKind>(order.leadAgencyKind);
  const [agency, setAgency] = useState(order.leadAgency);
  const [court, setCourt] = useState(order.court);
  const [reference, setReference] = useState(order.reference);
  const [conditions, setConditions] = useState(order.conditions.join('\n'));
  const [notes, setNotes] = useState(order.notes);
  const [error, setError] = useState('');
  const leads = power.agencies?.length
    ? power.agencies
    : (Object.keys(AGENCY_KINDS) as AgencyKind[]);
  const what = `${power.label} (${ORDER_STATUSES[order.status].toLowerCase()})`;

  const save = () =>
    props
      .run(
        updateOrderDetailsCommand(
          order.storedId,
          {
            boundIds: bound,
            leadAgencyKind: kind,
            leadAgency: agency,
            court,
            reference,
            conditions: linesOf(conditions),
            notes,
          },
          power,
        ),
      )
      .then(
        () => props.onDone(`${power.label}: details saved.`, false),
        (e: Error) => setError(e.message),
      );

  const remove = () =>
    props.run(deleteOrder(order.storedId)).then(
      () => props.onDone(`Deleted the ${what}. Undo brings it back.`, true),
      (e: Error) => setError(e.message),
    );

  return (
    <div>
      <div className="toolbar">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Correct details
        </button>
        <button type="button" onClick={() => setConfirming(true)}>
          Delete this order
        </button>
      </div>
      {confirming ? (
        <div role="group" aria-label={`Delete the ${what}?`} className="toolbar">
          <span>
            Delete the {what}? Use this for an order recorded in error; end a real one through its
            lifecycle (discharged, expired). Undo can bring it back.
          </span>
          <button type="button" onClick={() => void remove()}>
            Yes, delete it
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            No, keep it
          </button>
        </div>
      ) : null}
      {editing ? (
        <form
          className="stack-form"
          aria-labelledby={`${id}-h`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h5 id={`${id}-h`}>Correct the details of the {power.label}</h5>
          <BoundEntitiesField
            id={`${id}-bound`}
            loaded={props.loaded}
            value={bound}
            onChange={setBound}
          />
          <label htmlFor={`${id}-kind`}>Lead agency type</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as AgencyKind)}
          >
            {leads.map((k) => (
              <option key={k} value={k}>
                {AGENCY_KINDS[k]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-agency`}>Lead agency (name)</label>
          <input id={`${id}-agency`} value={agency} onChange={(e) => setAgency(e.target.value)} />
          <label htmlFor={`${id}-court`}>Court or committee</label>
          <input id={`${id}-court`} value={court} onChange={(e) => setCourt(e.target.value)} />
          <label htmlFor={`${id}-ref`}>Reference</label>
          <input
            id={`${id}-ref`}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
          <label htmlFor={`${id}-conditions`}>Conditions (one a line)</label>
          <textarea
            id={`${id}-conditions`}
            rows={3}
            value={conditions}
            onChange={(e) => setConditions(e.target.value)}
          />
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
          <ErrorAlert message={error} />
          <div className="toolbar">
            <button type="submit">Save details</button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <ErrorAlert message={error} />
      )}
    </div>
  );
}
