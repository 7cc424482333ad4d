import { momentWords, type Deadline } from '../../shared/orders';

export interface DeadlineRow extends Pick<Deadline, 'due' | 'overdue' | 'daysLeft' | 'basis'> {
  key: string;
  what: string;
}

/** Statutory deadlines and reminders, soonest first; an overdue one says so in words. */
export function DeadlineTable({
  rows,
  caption,
}: {
  rows: readonly DeadlineRow[];
  caption: string;
}) {
  if (rows.length === 0) return <p className="hint">No open deadlines.</p>;
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Due</th>
          <th scope="col">What</th>
          <th scope="col">Basis</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.key} className={d.overdue ? 'overdue-row' : undefined}>
            <td className={d.overdue ? 'overdue-text' : undefined}>
              {momentWords(d.due)}
              {d.overdue
                ? ' (Overdue)'
                : d.daysLeft === 0
                  ? ' (today)'
                  : ` (in ${d.daysLeft} days)`}
            </td>
            <td>{d.what}</td>
            <td>{d.basis}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
