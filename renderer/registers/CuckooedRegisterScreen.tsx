import { useMemo, useState } from 'react';
import { cuckooedRegister } from '../../shared/registers';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ordersOf, registerEntriesOf } from '../plans/boardRecords';
import { CuckooedEntryForm } from './CuckooedEntryForm';
import '../plans/partnership.css';

/** The cuckooed-address register: every taken-over home on the map, its occupant, closure and tenancy. */
export function CuckooedRegisterScreen(props: WorkspaceModuleProps) {
  const { loaded, today, run } = props;
  const entries = useMemo(() => registerEntriesOf(loaded), [loaded]);
  const rows = useMemo(
    () =>
      cuckooedRegister({
        entities: [...loaded.entities.values()],
        links: [...loaded.links.values()],
        orders: ordersOf(loaded),
        entries,
        day: today,
      }),
    [loaded, entries, today],
  );
  const [editing, setEditing] = useState<string | null>(null);
  const row = rows.find((r) => r.entityId === editing);
  return (
    <div className="ws-screen partnership">
      <h2>Cuckooed-address register</h2>
      <p>
        {rows.length} addresses recorded on the map as cuckooed (a location used as a cuckooed home,
        or the end of a "cuckooed" link). To see them on the map, open the Map's filters and choose
        the register.
      </p>
      <table className="data-table">
        <caption>Cuckooed addresses</caption>
        <thead>
          <tr>
            <th scope="col">Address</th>
            <th scope="col">Occupant and why vulnerable</th>
            <th scope="col">Taken over by</th>
            <th scope="col">Seen</th>
            <th scope="col">Closure</th>
            <th scope="col">Tenancy and landlord</th>
            <th scope="col">Visits</th>
            <th scope="col">Edit</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.entityId}>
              <th scope="row">
                {r.label}
                <br />
                {r.postcode}
              </th>
              <td>
                {r.occupants.length === 0 ? (
                  'Not recorded'
                ) : (
                  <ul>
                    {r.occupants.map((o) => (
                      <li key={o.id}>
                        {o.label}: {o.vulnerability.join('; ')}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>{r.takenOverBy.map((t) => t.label).join(', ') || 'Not recorded'}</td>
              <td>{r.firstSeen ? `${r.firstSeen} to ${r.lastSeen ?? 'now'}` : 'No dates'}</td>
              <td>
                {r.closure
                  ? `${r.closure.power}: ${r.closure.status}${r.closure.expiresOn ? `, expires ${r.closure.expiresOn}` : ''}`
                  : 'No closure'}
              </td>
              <td>
                {r.tenure}
                {r.landlord ? `; ${r.landlord}` : ''}
                {r.tenancyReference ? ` (${r.tenancyReference})` : ''}
              </td>
              <td>{r.visits ? `${r.visits}, last ${r.lastVisit}` : 'None'}</td>
              <td>
                <button
                  type="button"
                  aria-expanded={editing === r.entityId}
                  onClick={() => setEditing(editing === r.entityId ? null : r.entityId)}
                >
                  Details<span className="sr-only"> of {r.label}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {row ? (
        <CuckooedEntryForm
          key={row.entityId}
          workspaceId={loaded.workspace.id}
          entityId={row.entityId}
          label={row.label}
          stored={entries.find((e) => e.kind === 'cuckooed_address' && e.entityId === row.entityId)}
          today={today}
          run={run}
        />
      ) : null}
    </div>
  );
}
