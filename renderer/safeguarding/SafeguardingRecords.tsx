import { useMemo, useState } from 'react';
import { safeguardingDeadlines, recordDate, SAFEGUARDING_KINDS } from '../../shared/referrals';
import type { SafeguardingEntry } from '../../shared/safeguarding';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ErrorAlert } from '../app/ErrorAlert';
import { safeguardingOf, labelIn, type StoredSafeguarding } from '../plans/boardRecords';
import { DeadlineTable } from '../plans/DeadlineTable';
import { deleteSafeguardingRecord } from '../store/commands';
import { SafeguardingRecordForm } from './SafeguardingRecordForm';
import { describeRecord } from './safeguardingWords';

/**
 * Referrals, strategy discussions, CAWNs and missing episodes, person by person, with the time
 * limits that are running; each can be edited or deleted (undoable, audited), and the form
 * below records a new one. Mounted under the safeguarding table.
 */
export function SafeguardingRecords({
  module,
  entries,
}: {
  module: WorkspaceModuleProps;
  entries: readonly SafeguardingEntry[];
}) {
  const { loaded, today, run } = module;
  const records = useMemo(() => safeguardingOf(loaded), [loaded]);
  const label = (id: string) => labelIn(loaded, id);
  const people = useMemo(() => entries.map((e) => ({ id: e.entityId, label: e.label })), [entries]);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const byPerson = new Map<string, StoredSafeguarding[]>();
  for (const r of records) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
  const deadlines = records
    .flatMap((r) =>
      safeguardingDeadlines(r, today).map((d, i) => ({
        ...d,
        key: `${r.id}-${i}`,
        what: `${label(d.personId)}: ${d.label}`,
      })),
    )
    .sort((a, b) => a.due.date.localeCompare(b.due.date));
  const name = (r: StoredSafeguarding) =>
    `${SAFEGUARDING_KINDS[r.kind]} for ${label(r.personId)} (${recordDate(r)})`;

  const remove = (r: StoredSafeguarding) => {
    setConfirming(null);
    run(deleteSafeguardingRecord(r.storedId)).then(
      () => setStatus(`Deleted the ${name(r)}. Undo brings it back.`),
      (err: Error) => setError(err.message),
    );
  };

  return (
    <section aria-labelledby="sg-records-h">
      <h3 id="sg-records-h">Referrals, notices and missing episodes</h3>
      <DeadlineTable rows={deadlines} caption="Safeguarding time limits running now" />
      <p role="status" className="hint">
        {status}
      </p>
      <ErrorAlert message={error} />
      <table className="data-table">
        <caption>Safeguarding records by person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Records, newest first</th>
          </tr>
        </thead>
        <tbody>
          {[...byPerson].map(([personId, list]) => (
            <tr key={personId}>
              <th scope="row">{label(personId)}</th>
              <td>
                <ul className="record-list">
                  {[...list]
                    .sort((a, b) => recordDate(b).localeCompare(recordDate(a)))
                    .map((r) => (
                      <li key={r.storedId}>
                        {describeRecord(r, label)}{' '}
                        <span className="record-actions">
                          <button
                            type="button"
                            aria-expanded={editing === r.storedId}
                            onClick={() => {
                              setStatus('');
                              setEditing(editing === r.storedId ? null : r.storedId);
                            }}
                          >
                            Edit<span className="sr-only"> the {name(r)}</span>
                          </button>{' '}
                          <button type="button" onClick={() => setConfirming(r.storedId)}>
                            Delete<span className="sr-only"> the {name(r)}</span>
                          </button>
                        </span>
                        {confirming === r.storedId ? (
                          <span
                            role="group"
                            aria-label={`Delete the ${name(r)}?`}
                            className="toolbar"
                          >
                            <span>Delete this record? Undo can bring it back.</span>
                            <button type="button" onClick={() => remove(r)}>
                              Yes, delete it
                            </button>
                            <button type="button" onClick={() => setConfirming(null)}>
                              No, keep it
                            </button>
                          </span>
                        ) : null}
                        {editing === r.storedId ? (
                          <SafeguardingRecordForm
                            module={module}
                            people={people}
                            editing={r}
                            onDone={(saved) => {
                              setEditing(null);
                              if (saved) setStatus(saved);
                            }}
                          />
                        ) : null}
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SafeguardingRecordForm module={module} people={people} />
    </section>
  );
}
