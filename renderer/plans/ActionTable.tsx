import {
  ACTION_STATUSES,
  findTactic,
  isOverdue,
  PILLARS,
  type PlanAction,
  type Tactic,
} from '../../shared/plans';
import type { LoadedWorkspace } from '../store';

/** Every action of the plan; an overdue one says so in words and in colour. */
export function ActionTable(props: {
  loaded: LoadedWorkspace;
  actions: readonly PlanAction[];
  custom: readonly Tactic[];
  today: string;
  onEdit: (action: PlanAction) => void;
  onDelete: (action: PlanAction) => void;
}) {
  const { loaded, actions, custom, today } = props;
  if (actions.length === 0) return <p className="notice">No actions yet.</p>;
  const name = (id: string) => loaded.entities.get(id)?.label ?? 'no longer on the map';
  return (
    <table className="data-table">
      <caption>Actions by pillar; overdue actions are marked “Overdue”</caption>
      <thead>
        <tr>
          <th scope="col">Pillar</th>
          <th scope="col">Tactic</th>
          <th scope="col">Lead agency</th>
          <th scope="col">Targets</th>
          <th scope="col">Owner</th>
          <th scope="col">Due</th>
          <th scope="col">Status</th>
          <th scope="col">Outcome</th>
          <th scope="col">Edit</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => {
          const late = isOverdue(a, today);
          const tactic = findTactic(a.tacticId, custom)?.label ?? a.tacticId;
          return (
            <tr key={a.id} className={late ? 'overdue-row' : undefined}>
              <td>{PILLARS[a.pillar].label}</td>
              <td>{tactic}</td>
              <td>{a.leadAgency}</td>
              <td>{a.targetIds.map(name).join(', ')}</td>
              <td>{a.owner}</td>
              <td className={late ? 'overdue-text' : undefined}>
                {a.dueDate}
                {late ? ' (Overdue)' : ''}
              </td>
              <td>{ACTION_STATUSES[a.status]}</td>
              <td>{a.outcome}</td>
              <td>
                <div className="toolbar">
                  <button type="button" onClick={() => props.onEdit(a)}>
                    Edit
                    <span className="sr-only">
                      {' '}
                      {tactic} due {a.dueDate}
                    </span>
                  </button>
                  <button type="button" onClick={() => props.onDelete(a)}>
                    Remove
                    <span className="sr-only">
                      {' '}
                      {tactic} due {a.dueDate}
                    </span>
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
