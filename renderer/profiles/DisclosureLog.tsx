import { LAWFUL_BASES, type DisclosureEntry } from '../../shared/profiles';

/** Every export of this profile: who, when, in what form, to whom (DPA 2018 s.62). */
export function DisclosureLog({ exports }: { exports: readonly DisclosureEntry[] }) {
  if (exports.length === 0) return <p className="hint">This profile has not been exported yet.</p>;
  return (
    <table className="data-table">
      <caption>Disclosure log of this profile</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">By</th>
          <th scope="col">Format</th>
          <th scope="col">Recipient</th>
          <th scope="col">Reference</th>
          <th scope="col">Lawful basis and purpose</th>
          <th scope="col">Destroy by</th>
          <th scope="col">Sign-off</th>
        </tr>
      </thead>
      <tbody>
        {exports.map((e, i) => (
          <tr key={`${e.at}-${i}`}>
            <td>{e.at.replace('T', ' ').slice(0, 16)}</td>
            <td>{e.by}</td>
            <td>{e.format.toUpperCase()}</td>
            <td>{e.agency}</td>
            <td>{e.reference ?? 'Not recorded'}</td>
            <td>
              {e.terms
                ? `${LAWFUL_BASES[e.terms.lawfulBasis]}. ${e.terms.purpose}`
                : 'Not recorded (exported before terms were kept)'}
              {e.terms?.overrides.length
                ? ` Rules set aside: ${e.terms.overrides.map((o) => `${o.rule} (${o.reason})`).join('; ')}`
                : ''}
            </td>
            <td>{e.terms?.destroyBy ?? ''}</td>
            <td>
              {e.terms?.supervisor
                ? `${e.terms.supervisor.name}, ${e.terms.supervisor.role}`
                : 'None'}
              {e.confirmedByUser ? ' (sending confirmed by the author)' : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
