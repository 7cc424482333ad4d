import { useId, useState } from 'react';
import { overdueActions, planProblems, type PlanAction, type Tactic } from '../../shared/plans';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ActionForm } from './ActionForm';
import { ActionTable } from './ActionTable';
import { PillarProgressTable } from './PillarProgressTable';
import { WhatIfPanel } from './WhatIfPanel';
import { OrdersPanel } from './OrdersPanel';
import { PlanStanding } from './PlanStanding';
import type { StoredPlan } from './partnershipRecords';
import { updatePlan } from '../store/commands';
import { upsertAction } from './planDraft';
import { ErrorAlert } from '../app/ErrorAlert';

/**
 * One plan: its priority band, review and sign-off, LRO and aims, actions by pillar, progress,
 * its orders and notices with their statutory deadlines, and the Pursue what-if.
 */
export function PlanEditor(props: {
  module: WorkspaceModuleProps;
  plan: StoredPlan;
  tactics: readonly Tactic[];
}) {
  const { module, plan, tactics } = props;
  const { loaded, run, today } = module;
  const id = useId();
  const [lro, setLro] = useState(plan.lro);
  const [aims, setAims] = useState(plan.aims.join('\n'));
  const [editing, setEditing] = useState<PlanAction | null>(null);
  const [error, setError] = useState('');
  const custom = [...tactics, ...plan.customTactics];
  const late = overdueActions(plan, today);
  // Older plans may name the police for a council power; say so rather than print it.
  const problems = planProblems(
    { ...plan, customTactics: custom },
    new Set(loaded.entities.keys()),
  );
  const subject = plan.subjectIds.map((s) => loaded.entities.get(s)?.label ?? 'unknown').join(', ');

  const update = (patch: Partial<StoredPlan>) =>
    run(updatePlan(plan.storedId, patch)).catch((e: Error) => {
      setError(e.message);
      throw e;
    });

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Disruption plan: {subject}</h2>
      {late.length > 0 ? (
        <p className="overdue-text" role="note">
          Overdue: {late.length} action(s) are past their due date.
        </p>
      ) : null}
      <ErrorAlert message={error} />
      {problems.length > 0 ? (
        <div role="note" className="plan-problems">
          <p className="overdue-text">Check this plan:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <PlanStanding module={module} plan={plan} />
      <PillarProgressTable plan={plan} today={today} />
      <ActionTable
        loaded={loaded}
        actions={plan.actions}
        custom={custom}
        today={today}
        onEdit={setEditing}
        onDelete={(a) => void update({ actions: plan.actions.filter((x) => x.id !== a.id) })}
      />
      <OrdersPanel module={module} plan={plan} tactics={tactics} />
      <form
        className="stack-form"
        aria-label="Lead Responsible Officer and aims"
        onSubmit={(e) => {
          e.preventDefault();
          const list = aims
            .split('\n')
            .map((a) => a.trim())
            .filter(Boolean);
          if (!lro.trim()) return setError('Name the Lead Responsible Officer.');
          setError('');
          void update({ lro: lro.trim(), aims: list });
        }}
      >
        <label htmlFor={`${id}-lro`}>Lead Responsible Officer</label>
        <input id={`${id}-lro`} value={lro} onChange={(e) => setLro(e.target.value)} />
        <label htmlFor={`${id}-aims`}>Aims (one a line)</label>
        <textarea
          id={`${id}-aims`}
          rows={3}
          value={aims}
          onChange={(e) => setAims(e.target.value)}
        />
        <button type="submit">Save LRO and aims</button>
      </form>
      <ActionForm
        key={editing?.id ?? 'new'}
        loaded={loaded}
        custom={custom}
        editing={editing ?? undefined}
        onCancel={editing ? () => setEditing(null) : undefined}
        onSubmit={async (action) => {
          await update({ actions: upsertAction(plan.actions, action) });
          setEditing(null);
        }}
      />
      <WhatIfPanel loaded={loaded} plan={plan} />
    </section>
  );
}
