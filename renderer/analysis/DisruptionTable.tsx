import type { NetworkState } from '../../shared/analysis';

const pct = (x: number | null) => (x === null ? 'not computed' : `${(x * 100).toFixed(1)}%`);
const sizes = (s: NetworkState) =>
  s.componentSizes.length > 8
    ? `${s.componentSizes.slice(0, 8).join(', ')} and ${s.componentSizes.length - 8} more`
    : s.componentSizes.join(', ');

/** Before and after figures side by side, each row saying what it measures. */
export function DisruptionTable(props: { before: NetworkState; after: NetworkState }) {
  const { before, after } = props;
  const rows: [string, string, string][] = [
    ['Entities', String(before.nodes), String(after.nodes)],
    [
      'Fragmentation (pairs that cannot reach each other)',
      pct(before.fragmentation),
      pct(after.fragmentation),
    ],
    [
      'Distance-weighted fragmentation (also counts pairs pushed further apart)',
      pct(before.distanceFragmentation),
      pct(after.distanceFragmentation),
    ],
    ['Separate parts', String(before.components), String(after.components)],
    ['Sizes of the parts, largest first', sizes(before), sizes(after)],
  ];
  return (
    <table className="analysis-compare">
      <caption className="visually-hidden">The network before and after the removal</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([what, b, a]) => (
          <tr key={what}>
            <th scope="row">{what}</th>
            <td>{b}</td>
            <td>{a}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
