import { useId, useMemo, useState } from 'react';
import { ENTITY_KINDS } from '../../shared/model';
import {
  ACTION_STATUS_IDS,
  ACTION_STATUSES,
  AGENCY_KIND_IDS,
  AGENCY_KINDS,
  defaultLead,
  findTactic,
  leadAgencyProblem,
  type AgencyKind,
  PILLAR_IDS,
  PILLARS,
  type Pillar,
  type PlanAction,
  type Tactic,
} from '../../shared/plans';
import type { LoadedWorkspace } from '../store';
import { actionToInput, blankAction, tacticsFor, toAction, type ActionInput } from './planDraft';
import { ErrorAlert } from '../app/ErrorAlert';

/** Adds an action, or edits one: pillar, tactic, lead agency, targets, owner, due date, status, outcome. */
export function ActionForm(props: {
  loaded: LoadedWorkspace;
  custom: readonly Tactic[];
  editing?: PlanAction;
  onSubmit: (action: PlanAction) => Promise<void>;
  onCancel?: () => void;
}) {
  const { loaded, custom, editing } = props;
  const id = useId();
  const [input, setInput] = useState<ActionInput>(() =>
    editing ? actionToInput(editing, custom) : blankAction('pursue', custom),
  );
  const [error, setError] = useState('');
  const tactics = tacticsFor(input.pillar, custom);
  const targets = useMemo(
    () =>
      [...loaded.entities.values()]
        .filter((e) => e.kind === 'nominal' || e.kind === 'location' || e.kind === 'organisation')
        .sort((a, b) => a.label.localeCompare(b.label)),
    [loaded.entities],
  );
  const set = (patch: Partial<ActionInput>) => setInput({ ...input, ...patch });
  // The lead follows the power's owner until the analyst names another agency themselves.
  const [leadEdited, setLeadEdited] = useState(Boolean(editing));
  const chooseTactic = (tacticId: string) => {
    const lead = defaultLead(findTactic(tacticId, custom));
    set(leadEdited ? { tacticId } : { tacticId, leadAgencyKind: lead.kind, leadAgency: lead.name });
  };
  const leadProblem = leadAgencyProblem(input.leadAgencyKind, findTactic(input.tacticId, custom));

  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (leadProblem) return setError(leadProblem);
        const result = toAction(input, editing?.id);
        if (!result.ok) return setError(result.message);
        setError('');
        props.onSubmit(result.action).then(
          () => !editing && setInput(blankAction(input.pillar, custom)),
          (err: Error) => setError(err.message),
        );
      }}
    >
      <h3 id={`${id}-h`}>{editing ? 'Edit action' : 'Add an action'}</h3>
      <label htmlFor={`${id}-pillar`}>Pillar</label>
      <select
        id={`${id}-pillar`}
        value={input.pillar}
        onChange={(e) => {
          const pillar = e.target.value as Pillar;
          setInput({ ...blankAction(pillar, custom), ...pick(input), pillar });
        }}
      >
        {PILLAR_IDS.map((p) => (
          <option key={p} value={p}>
            {PILLARS[p].label}: {PILLARS[p].meaning}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-tactic`}>Tactic or power</label>
      <select
        id={`${id}-tactic`}
        value={input.tacticId}
        onChange={(e) => chooseTactic(e.target.value)}
      >
        {tactics.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
      <p className="hint">{findTactic(input.tacticId, custom)?.description}</p>
      <label htmlFor={`${id}-lead-kind`}>Lead agency type</label>
      <select
        id={`${id}-lead-kind`}
        value={input.leadAgencyKind}
        aria-describedby={leadProblem ? `${id}-lead-problem` : undefined}
        onChange={(e) => {
          const kind = e.target.value as AgencyKind;
          setLeadEdited(true);
          set({ leadAgencyKind: kind, leadAgency: AGENCY_KINDS[kind] });
        }}
      >
        {AGENCY_KIND_IDS.map((k) => (
          <option key={k} value={k}>
            {AGENCY_KINDS[k]}
          </option>
        ))}
      </select>
      {leadProblem ? (
        <p id={`${id}-lead-problem`} className="error">
          {leadProblem}
        </p>
      ) : null}
      <label htmlFor={`${id}-lead`}>Lead agency (name)</label>
      <input
        id={`${id}-lead`}
        value={input.leadAgency}
        onChange={(e) => {
          setLeadEdited(true);
          set({ leadAgency: e.target.value });
        }}
      />
      <label htmlFor={`${id}-targets`}>
        Targets on the map (hold Ctrl or Shift to choose several)
      </label>
      <select
        id={`${id}-targets`}
        multiple
        size={6}
        value={input.targetIds}
        onChange={(e) => set({ targetIds: [...e.target.selectedOptions].map((o) => o.value) })}
      >
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label} ({ENTITY_KINDS[t.kind].label})
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-owner`}>Owner</label>
      <input
        id={`${id}-owner`}
        value={input.owner}
        onChange={(e) => set({ owner: e.target.value })}
      />
      <label htmlFor={`${id}-due`}>Due date</label>
      <input
        id={`${id}-due`}
        type="date"
        value={input.dueDate}
        onChange={(e) => set({ dueDate: e.target.value })}
      />
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={input.status}
        onChange={(e) => set({ status: e.target.value as ActionInput['status'] })}
      >
        {ACTION_STATUS_IDS.map((s) => (
          <option key={s} value={s}>
            {ACTION_STATUSES[s]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-outcome`}>Outcome</label>
      <textarea
        id={`${id}-outcome`}
        rows={2}
        value={input.outcome}
        onChange={(e) => set({ outcome: e.target.value })}
      />
      <fieldset className="inline-fields">
        <legend>Results, when done (counted in the board pack)</legend>
        <label htmlFor={`${id}-done-on`}>Done on</label>
        <input
          id={`${id}-done-on`}
          type="date"
          value={input.doneOn}
          onChange={(e) => set({ doneOn: e.target.value })}
        />
        <label htmlFor={`${id}-arrests`}>Arrests</label>
        <input
          id={`${id}-arrests`}
          inputMode="numeric"
          size={4}
          value={input.arrests}
          onChange={(e) => set({ arrests: e.target.value })}
        />
        <label htmlFor={`${id}-charges`}>Charges</label>
        <input
          id={`${id}-charges`}
          inputMode="numeric"
          size={4}
          value={input.charges}
          onChange={(e) => set({ charges: e.target.value })}
        />
      </fieldset>
      <ErrorAlert message={error} />
      <div className="toolbar">
        <button type="submit">{editing ? 'Save action' : 'Add action'}</button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** What the analyst typed that survives a change of pillar. */
function pick(input: ActionInput): Partial<ActionInput> {
  const { targetIds, owner, dueDate, status, outcome, doneOn, arrests, charges } = input;
  return { targetIds, owner, dueDate, status, outcome, doneOn, arrests, charges };
}
