import { useId, useState } from 'react';
import { TENURES, type RegisterEntry } from '../../shared/registers';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command } from '../store';
import { saveRegisterEntry } from '../store/commands';
import type { StoredRegisterEntry } from '../plans/boardRecords';

type Entry = Extract<RegisterEntry, { kind: 'cuckooed_address' }>;
type Tenure = Entry['tenure'];

/** The register's own facts about one cuckooed address: tenancy, landlord, and a visit to add. */
export function CuckooedEntryForm(props: {
  workspaceId: string;
  entityId: string;
  label: string;
  stored: StoredRegisterEntry | undefined;
  today: string;
  run: (c: Command) => Promise<void>;
}) {
  const id = useId();
  const current = props.stored?.kind === 'cuckooed_address' ? props.stored : undefined;
  const [tenure, setTenure] = useState<Tenure>(current?.tenure ?? 'unknown');
  const [landlord, setLandlord] = useState(current?.landlord ?? '');
  const [ref, setRef] = useState(current?.tenancyReference ?? '');
  const [visit, setVisit] = useState({ on: props.today, by: '', purpose: '', outcome: '' });
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  return (
    <form
      className="stack-form"
      aria-label={`Register details for ${props.label}`}
      onSubmit={(e) => {
        e.preventDefault();
        const visits = [...(current?.visits ?? []), ...(visit.by.trim() ? [visit] : [])];
        const entry: Entry = {
          kind: 'cuckooed_address',
          entityId: props.entityId,
          tenure,
          landlord,
          tenancyReference: ref,
          visits,
          notes: current?.notes ?? '',
        };
        props.run(saveRegisterEntry(props.workspaceId, entry, current?.storedId)).then(
          () => {
            setError('');
            setStatus(`Saved the register details for ${props.label}.`);
            setVisit({ on: props.today, by: '', purpose: '', outcome: '' });
          },
          (err: Error) => setError(err.message),
        );
      }}
    >
      <h3>Register details: {props.label}</h3>
      <label htmlFor={`${id}-tenure`}>Tenure</label>
      <select
        id={`${id}-tenure`}
        value={tenure}
        onChange={(e) => setTenure(e.target.value as Tenure)}
      >
        {Object.entries(TENURES).map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-landlord`}>Landlord or housing provider</label>
      <input id={`${id}-landlord`} value={landlord} onChange={(e) => setLandlord(e.target.value)} />
      <label htmlFor={`${id}-ref`}>Tenancy reference</label>
      <input id={`${id}-ref`} value={ref} onChange={(e) => setRef(e.target.value)} />
      <fieldset className="inline-fields">
        <legend>Add a visit (leave "Visited by" empty to add none)</legend>
        <label htmlFor={`${id}-von`}>Visit date</label>
        <input
          id={`${id}-von`}
          type="date"
          value={visit.on}
          onChange={(e) => setVisit({ ...visit, on: e.target.value })}
        />
        <label htmlFor={`${id}-vby`}>Visited by</label>
        <input
          id={`${id}-vby`}
          value={visit.by}
          onChange={(e) => setVisit({ ...visit, by: e.target.value })}
        />
        <label htmlFor={`${id}-vwhy`}>Purpose</label>
        <input
          id={`${id}-vwhy`}
          value={visit.purpose}
          onChange={(e) => setVisit({ ...visit, purpose: e.target.value })}
        />
        <label htmlFor={`${id}-vout`}>Outcome</label>
        <input
          id={`${id}-vout`}
          value={visit.outcome}
          onChange={(e) => setVisit({ ...visit, outcome: e.target.value })}
        />
      </fieldset>
      <ErrorAlert message={error} />
      <button type="submit">Save register details</button>
      <p role="status" className="hint">
        {status}
      </p>
    </form>
  );
}
