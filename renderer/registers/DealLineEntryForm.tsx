import { useId, useState } from 'react';
import type { RegisterEntry } from '../../shared/registers';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command } from '../store';
import { saveRegisterEntry } from '../store/commands';
import type { StoredRegisterEntry } from '../plans/boardRecords';

type Entry = Extract<RegisterEntry, { kind: 'deal_line' }>;

/** Adds a handset or SIM change, or a bulk text, to one of the line's phones. */
export function DealLineEntryForm(props: {
  workspaceId: string;
  brand: string;
  phones: { id: string; number: string }[];
  entries: readonly StoredRegisterEntry[];
  today: string;
  run: (c: Command) => Promise<void>;
}) {
  const id = useId();
  const [phoneId, setPhoneId] = useState(props.phones.at(-1)?.id ?? '');
  const [on, setOn] = useState(props.today);
  const [what, setWhat] = useState<'handset' | 'text'>('handset');
  const [handset, setHandset] = useState('');
  const [sim, setSim] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  return (
    <form
      className="stack-form"
      aria-label={`Register details for ${props.brand}`}
      onSubmit={(e) => {
        e.preventDefault();
        const stored = props.entries.find((x) => x.kind === 'deal_line' && x.entityId === phoneId);
        const current: Entry =
          stored?.kind === 'deal_line'
            ? stored
            : {
                kind: 'deal_line',
                entityId: phoneId,
                handsetChanges: [],
                bulkTexts: [],
                notes: '',
              };
        const entry: Entry =
          what === 'handset'
            ? {
                ...current,
                handsetChanges: [...current.handsetChanges, { on, handset, sim, note }],
              }
            : { ...current, bulkTexts: [...current.bulkTexts, { on, note }] };
        const { kind, entityId, handsetChanges, bulkTexts, notes } = entry;
        props
          .run(
            saveRegisterEntry(
              props.workspaceId,
              { kind, entityId, handsetChanges, bulkTexts, notes },
              stored?.storedId,
            ),
          )
          .then(
            () => {
              setError('');
              setStatus(`Recorded on ${props.brand}.`);
              setHandset('');
              setSim('');
              setNote('');
            },
            (err: Error) => setError(err.message),
          );
      }}
    >
      <h3>Register details: {props.brand}</h3>
      <label htmlFor={`${id}-phone`}>Number</label>
      <select id={`${id}-phone`} value={phoneId} onChange={(e) => setPhoneId(e.target.value)}>
        {props.phones.map((p) => (
          <option key={p.id} value={p.id}>
            {p.number}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-what`}>Record</label>
      <select
        id={`${id}-what`}
        value={what}
        onChange={(e) => setWhat(e.target.value as 'handset' | 'text')}
      >
        <option value="handset">A handset or SIM change</option>
        <option value="text">A bulk text sent on the line</option>
      </select>
      <label htmlFor={`${id}-on`}>Date</label>
      <input id={`${id}-on`} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      {what === 'handset' ? (
        <>
          <label htmlFor={`${id}-handset`}>Handset (e.g. IMEI)</label>
          <input
            id={`${id}-handset`}
            value={handset}
            onChange={(e) => setHandset(e.target.value)}
          />
          <label htmlFor={`${id}-sim`}>SIM</label>
          <input id={`${id}-sim`} value={sim} onChange={(e) => setSim(e.target.value)} />
        </>
      ) : null}
      <label htmlFor={`${id}-note`}>Note</label>
      <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      <ErrorAlert message={error} />
      <button type="submit">Add to the register</button>
      <p role="status" className="hint">
        {status}
      </p>
    </form>
  );
}
