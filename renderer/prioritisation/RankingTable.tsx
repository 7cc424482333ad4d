import type { RankedGroup } from '../../shared/prioritisation';

const BAND_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function change(value: number | undefined): string {
  if (value === undefined) return 'First scoring';
  if (value === 0) return 'No change';
  return value > 0 ? `Up ${value}` : `Down ${-value}`;
}

/** Groups by their latest score under today's weights; band in words as well as colour. */
export function RankingTable(props: {
  ranked: readonly RankedGroup[];
  label: (groupId: string) => string;
  onHistory: (groupId: string) => void;
}) {
  if (props.ranked.length === 0) return <p className="notice">No group has been scored yet.</p>;
  return (
    <table className="data-table">
      <caption>Ranked groups (total 0-100 from the weighted criteria)</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Group</th>
          <th scope="col">Total</th>
          <th scope="col">Priority</th>
          <th scope="col">Change</th>
          <th scope="col">Last scored</th>
          <th scope="col">History</th>
        </tr>
      </thead>
      <tbody>
        {props.ranked.map((r) => (
          <tr key={r.groupId}>
            <td>{r.rank}</td>
            <th scope="row">{props.label(r.groupId)}</th>
            <td>
              {r.total}
              {r.complete ? '' : ' (criteria added since: rescore)'}
            </td>
            <td className={`band-${r.band}`}>{BAND_WORDS[r.band]}</td>
            <td>{change(r.change)}</td>
            <td>
              {r.latest.scoredAt.slice(0, 10)} by {r.latest.scoredBy}
            </td>
            <td>
              <button type="button" onClick={() => props.onHistory(r.groupId)}>
                History<span className="sr-only"> of {props.label(r.groupId)}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
