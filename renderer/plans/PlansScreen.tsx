import { useId, useMemo, useState } from 'react';
import { ENTITY_KINDS } from '../../shared/model';
import { overdueActions } from '../../shared/plans';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { PlanEditor } from './PlanEditor';
import { TacticForm } from './TacticForm';
import { plansOf, tacticsOf } from './partnershipRecords';
import { addTactic, createPlan, deletePlan } from '../store/commands';
import { planSubjects } from './planDraft';
import './partnership.css';
import { ErrorAlert } from '../app/ErrorAlert';

/** The LROs' 4P disruption plans: one per OCG (or person or place), chosen from a list. */
export function PlansScreen(props: WorkspaceModuleProps) {
  const { loaded, run, today } = props;
  const id = useId();
  const plans = useMemo(() => plansOf(loaded), [loaded]);
  const tactics = useMemo(() => tacticsOf(loaded), [loaded]);
  const subjects = useMemo(() => planSubjects(loaded.entities.values()), [loaded.entities]);
  const [selected, setSelected] = useState<string | null>(null);
  const [subjectId, setSubjectId] = useState('');
  const [lro, setLro] = useState('');
  const [error, setError] = useState('');
  const plan = plans.find((p) => p.storedId === selected) ?? null;
  const chosen = subjectId || subjects[0]?.id || '';
  const label = (ids: readonly string[]) =>
    ids.map((s) => loaded.entities.get(s)?.label ?? 'unknown').join(', ');

  const create = async () => {
    if (!lro.trim()) return setError('Name the Lead Responsible Officer.');
    setError('');
    try {
      const command = createPlan(loaded.workspace.id, {
        subjectIds: [chosen],
        lro: lro.trim(),
        aims: [],
        actions: [],
        customTactics: [],
      });
      await run(command);
      if (command.id) setSelected(command.id);
      setLro('');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="ws-screen partnership plan-columns">
      <div>
        <h2>4P disruption plans</h2>
        {plans.length === 0 ? <p className="notice">No plans yet.</p> : null}
        <ul aria-label="Plans">
          {plans.map((p) => {
            const late = overdueActions(p, today).length;
            return (
              <li key={p.storedId}>
                <button
                  type="button"
                  aria-current={p.storedId === selected ? 'true' : undefined}
                  onClick={() => setSelected(p.storedId)}
                >
                  {label(p.subjectIds)} (LRO {p.lro})
                </button>{' '}
                {late > 0 ? <span className="overdue-text">{late} overdue</span> : null}
              </li>
            );
          })}
        </ul>
        <form
          className="stack-form"
          aria-labelledby={`${id}-new`}
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <h3 id={`${id}-new`}>New plan</h3>
          <label htmlFor={`${id}-subject`}>Subject</label>
          <select
            id={`${id}-subject`}
            value={chosen}
            onChange={(e) => setSubjectId(e.target.value)}
          >
            {subjects.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label} ({ENTITY_KINDS[s.kind].label})
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-lro`}>Lead Responsible Officer</label>
          <input id={`${id}-lro`} value={lro} onChange={(e) => setLro(e.target.value)} />
          <ErrorAlert message={error} />
          <button type="submit">Create plan</button>
        </form>
        <TacticForm
          existing={tactics}
          onAdd={(tactic) => run(addTactic(loaded.workspace.id, tactic))}
        />
        {plan ? (
          <button
            type="button"
            onClick={() =>
              void run(deletePlan(plan.storedId)).then(
                () => setSelected(null),
                (e: Error) => setError(e.message),
              )
            }
          >
            Delete this plan
          </button>
        ) : null}
      </div>
      <div>
        {plan ? (
          <PlanEditor key={plan.storedId} module={props} plan={plan} tactics={tactics} />
        ) : (
          <p className="notice">Choose a plan or create one.</p>
        )}
      </div>
    </div>
  );
}
