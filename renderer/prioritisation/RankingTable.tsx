import type { RankedGroup } from '../../shared/prioritisation';

const BAND_WORDS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

function change(r: RankedGroup): string {
  const since =
    r.change === undefined
      ? 'First scoring'
      : r.change === 0
        ? 'No change since the scoring before'
        : `${r.change > 0 ? 'Up' : 'Down'} ${Math.abs(r.change)} since the scoring before (each as recorded)`;
  return r.bandChange ? `${since}. ${r.bandChange}` : since;
}

function asScored(r: RankedGroup): string {
  const then = r.latest.asScored;
  if (!then) return 'Not recorded (scored before the weights of the day were kept)';
  return `${then.total} (${BAND_WORDS[then.band]})`;
}

/**
 * The present ranking: groups by their latest score under today's weights, band in words as
 * well as colour, beside what that scoring was on its day and why the band moved if it did.
 */
export function RankingTable(props: {
  ranked: readonly RankedGroup[];
  label: (groupId: string) => string;
  onHistory: (groupId: string) => void;
}) {
  if (props.ranked.length === 0) return <p className="notice">No group has been scored yet.</p>;
  return (
    <table className="data-table">
      <caption>Ranked groups today (total 0-100 under today's weights)</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Group</th>
          <th scope="col">Total today</th>
          <th scope="col">Priority today</th>
          <th scope="col">Latest as scored</th>
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
            <td>{asScored(r)}</td>
            <td>{change(r)}</td>
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
