import { useMemo, useState } from 'react';
import { dealLineRegister } from '../../shared/registers';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ordersOf, registerEntriesOf } from '../plans/boardRecords';
import { DealLineEntryForm } from './DealLineEntryForm';
import '../plans/partnership.css';

const span = (from?: string, to?: string) =>
  from || to ? `${from ?? '?'} to ${to ?? '?'}` : 'undated';

/**
 * The deal-line register: one row per line, its numbers over time, who held or ran it and when
 * (from dated "uses phone" links, which call-record imports write), handset changes, bulk texts
 * and any DDTRO.
 */
export function DealLineRegisterScreen(props: WorkspaceModuleProps) {
  const { loaded, today, run } = props;
  const entries = useMemo(() => registerEntriesOf(loaded), [loaded]);
  const rows = useMemo(
    () =>
      dealLineRegister({
        entities: [...loaded.entities.values()],
        links: [...loaded.links.values()],
        orders: ordersOf(loaded),
        entries,
      }),
    [loaded, entries],
  );
  const [editing, setEditing] = useState<string | null>(null);
  const row = rows.find((r) => r.key === editing);
  return (
    <div className="ws-screen partnership">
      <h2>Deal-line register</h2>
      <p>
        {rows.length} deal lines: phones with a brand recorded, or run as a line. Numbers sharing a
        brand are one line over time. Line holders come from dated "uses phone" and "runs line"
        links; attribute numbers to people when importing call records to add them.
      </p>
      <table className="data-table">
        <caption>Deal lines</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Numbers</th>
            <th scope="col">Line holders, when</th>
            <th scope="col">Handset and SIM changes</th>
            <th scope="col">Bulk texts</th>
            <th scope="col">Calls</th>
            <th scope="col">DDTRO</th>
            <th scope="col">Edit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {r.brand}
                <br />
                {span(r.firstSeen, r.lastSeen)}
              </th>
              <td>{r.numbers.join(', ')}</td>
              <td>
                <ul>
                  {r.holders.map((h, i) => (
                    <li key={`${h.personId}-${i}`}>
                      {h.label}: {h.role.toLowerCase()} {h.number}, {span(h.from, h.to)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {r.handsetChanges.map((c) => `${c.on}: ${c.what}`).join('; ') || 'None recorded'}
              </td>
              <td>{r.bulkTexts.join(', ') || 'None recorded'}</td>
              <td>{r.calls}</td>
              <td>
                {r.ddtro
                  ? `${r.ddtro.status}${r.ddtro.expiresOn ? `, expires ${r.ddtro.expiresOn}` : ''}`
                  : 'None'}
              </td>
              <td>
                <button
                  type="button"
                  aria-expanded={editing === r.key}
                  onClick={() => setEditing(editing === r.key ? null : r.key)}
                >
                  Details<span className="sr-only"> of {r.brand}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {row ? (
        <DealLineEntryForm
          key={row.key}
          workspaceId={loaded.workspace.id}
          brand={row.brand}
          phones={row.phoneIds.map((id, i) => ({ id, number: row.numbers[i] ?? id }))}
          entries={entries}
          today={today}
          run={run}
        />
      ) : null}
    </div>
  );
}
