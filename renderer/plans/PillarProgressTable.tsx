import { PILLARS, progressByPillar, type DisruptionPlan } from '../../shared/plans';

/** The plan at a glance: how far each pillar has got, and how much of it is late. */
export function PillarProgressTable({ plan, today }: { plan: DisruptionPlan; today: string }) {
  const rows = progressByPillar(plan, today);
  return (
    <table className="data-table">
      <caption>Progress by pillar</caption>
      <thead>
        <tr>
          <th scope="col">Pillar</th>
          <th scope="col">Actions</th>
          <th scope="col">Done</th>
          <th scope="col">In progress</th>
          <th scope="col">Planned</th>
          <th scope="col">Dropped</th>
          <th scope="col">Overdue</th>
          <th scope="col">% done</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.pillar}>
            <th scope="row">{PILLARS[p.pillar].label}</th>
            <td>{p.total}</td>
            <td>{p.done}</td>
            <td>{p.inProgress}</td>
            <td>{p.planned}</td>
            <td>{p.dropped}</td>
            <td className={p.overdue > 0 ? 'overdue-text' : undefined}>
              {p.overdue > 0 ? `${p.overdue} overdue` : '0'}
            </td>
            <td>{p.percentDone === null ? '–' : `${p.percentDone}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
