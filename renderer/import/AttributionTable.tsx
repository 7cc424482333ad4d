import type { PhoneInCalls } from './cdrSummary';

/** What the analyst has said about one number: who used it, and when. */
export interface AttributionChoice {
  nominalId: string;
  from: string;
  to: string;
}

/** The busiest numbers are listed; the rest can be attributed on the map with a "Uses phone" link. */
export const ATTRIBUTION_ROWS = 50;

/**
 * Optional attribution of numbers in a call records file to people, each over a period; becomes
 * dated "Uses phone" links, so the time slider shows who held a number when.
 */
export function AttributionTable({
  phones,
  people,
  choices,
  onChange,
}: {
  phones: readonly PhoneInCalls[];
  people: readonly { id: string; label: string }[];
  choices: Readonly<Record<string, AttributionChoice>>;
  onChange: (phoneId: string, choice: AttributionChoice) => void;
}) {
  const shown = phones.slice(0, ATTRIBUTION_ROWS);
  return (
    <details className="import-attribution">
      <summary>Attribute numbers to people (optional)</summary>
      <table className="data-table">
        <caption>
          Who used each number, and when
          {phones.length > shown.length
            ? ` (the ${shown.length} busiest of ${phones.length} numbers; attribute the others on the map)`
            : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Calls</th>
            <th scope="col">Used by</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => {
            const c = choices[p.id] ?? { nominalId: '', from: p.first ?? '', to: p.last ?? '' };
            const set = (patch: Partial<AttributionChoice>) => onChange(p.id, { ...c, ...patch });
            return (
              <tr key={p.id}>
                <th scope="row">{p.number}</th>
                <td>{p.calls}</td>
                <td>
                  <select
                    aria-label={`Used by, ${p.number}`}
                    value={c.nominalId}
                    onChange={(e) => set({ nominalId: e.target.value })}
                  >
                    <option value="">Not attributed</option>
                    {people.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`From, ${p.number}`}
                    value={c.from}
                    onChange={(e) => set({ from: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={`To, ${p.number}`}
                    value={c.to}
                    onChange={(e) => set({ to: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
