import { useMemo } from 'react';
import { safeguardingDeadlines, recordDate } from '../../shared/referrals';
import type { SafeguardingEntry } from '../../shared/safeguarding';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { safeguardingOf, labelIn } from '../plans/boardRecords';
import { DeadlineTable } from '../plans/DeadlineTable';
import { SafeguardingRecordForm } from './SafeguardingRecordForm';
import { describeRecord } from './safeguardingWords';

/**
 * Referrals, strategy discussions, CAWNs and missing episodes, person by person, with the time
 * limits that are running; and the form to record one. Mounted under the safeguarding table.
 */
export function SafeguardingRecords({
  module,
  entries,
}: {
  module: WorkspaceModuleProps;
  entries: readonly SafeguardingEntry[];
}) {
  const { loaded, today } = module;
  const records = useMemo(() => safeguardingOf(loaded), [loaded]);
  const label = (id: string) => labelIn(loaded, id);
  const people = useMemo(() => entries.map((e) => ({ id: e.entityId, label: e.label })), [entries]);
  const byPerson = new Map<string, typeof records>();
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

  return (
    <section aria-labelledby="sg-records-h">
      <h3 id="sg-records-h">Referrals, notices and missing episodes</h3>
      <DeadlineTable rows={deadlines} caption="Safeguarding time limits running now" />
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
                <ul>
                  {[...list]
                    .sort((a, b) => recordDate(b).localeCompare(recordDate(a)))
                    .map((r) => (
                      <li key={r.storedId}>{describeRecord(r, label)}</li>
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
