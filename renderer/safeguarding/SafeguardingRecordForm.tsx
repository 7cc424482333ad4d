import { useId, useMemo, useState } from 'react';
import { isChildOn } from '../../shared/model';
import {
  SAFEGUARDING_KINDS,
  safeguardingProblems,
  safeguardingRecordSchema,
  type SafeguardingKind,
} from '../../shared/referrals';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ErrorAlert } from '../app/ErrorAlert';
import { createSafeguardingRecord, updateSafeguardingRecord } from '../store/commands';
import type { StoredSafeguarding } from '../plans/boardRecords';
import {
  emptyFormState,
  formStateOf,
  recordInput,
  type SafeguardingFormState,
} from './safeguardingFormState';
import { BY_LABEL, DATE_LABEL, SafeguardingKindFields } from './SafeguardingKindFields';

const KINDS = Object.keys(SAFEGUARDING_KINDS) as SafeguardingKind[];

/**
 * Records a referral, strategy discussion, CAWN or missing episode on a person, or, given
 * `editing`, changes one (its kind stays: a different kind is a different record). Both are
 * store commands, so undo and the audit log see them.
 */
export function SafeguardingRecordForm({
  module,
  people,
  editing,
  onDone,
}: {
  module: WorkspaceModuleProps;
  people: { id: string; label: string }[];
  editing?: StoredSafeguarding;
  /** After a save (with what to announce) or a cancel (without). */
  onDone?: (saved?: string) => void;
}) {
  const { loaded, run, today } = module;
  const id = useId();
  const [state, setState] = useState<SafeguardingFormState>(() =>
    editing
      ? formStateOf(editing, today)
      : emptyFormState('nrm_referral', people[0]?.id ?? '', today),
  );
  const set = (patch: Partial<SafeguardingFormState>) => setState((s) => ({ ...s, ...patch }));
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const nominals = useMemo(
    () =>
      [...loaded.entities.values()]
        .filter((e) => e.kind === 'nominal')
        .sort((a, b) => a.label.localeCompare(b.label)),
    [loaded.entities],
  );
  const adults = useMemo(
    () =>
      nominals
        .filter((e) => e.kind === 'nominal' && !isChildOn(e.attrs.dateOfBirth, today))
        .map((e) => ({ id: e.id, label: e.label })),
    [nominals, today],
  );
  const places = useMemo(
    () =>
      [...loaded.entities.values()]
        .filter((e) => e.kind === 'location')
        .sort((a, b) => a.label.localeCompare(b.label))
        .map((e) => ({ id: e.id, label: e.label })),
    [loaded.entities],
  );
  const choices = useMemo(() => {
    const list = [...people];
    const current = editing && loaded.entities.get(editing.personId);
    if (current && !list.some((p) => p.id === current.id))
      list.unshift({ id: current.id, label: current.label });
    return list;
  }, [people, editing, loaded.entities]);
  const person = loaded.entities.get(state.personId);
  const child =
    person?.kind === 'nominal' && isChildOn(person.attrs.dateOfBirth, state.date || today);
  const what = SAFEGUARDING_KINDS[state.kind];
  const title = editing
    ? `Edit ${what} for ${person?.label ?? 'the person'}`
    : 'Record a referral, notice or episode';

  const submit = () => {
    const parsed = safeguardingRecordSchema.safeParse(recordInput(state, child));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the form.');
    const problems = safeguardingProblems(parsed.data, loaded.entities, today);
    if (problems.length) return setError(problems.join(' '));
    setError('');
    const command = editing
      ? updateSafeguardingRecord(editing.storedId, parsed.data)
      : createSafeguardingRecord(loaded.workspace.id, parsed.data);
    run(command).then(
      () => {
        const done = `${what} ${editing ? 'saved' : 'recorded'} for ${person?.label ?? 'the person'}.`;
        if (editing) onDone?.(done);
        else setStatus(done);
      },
      (err: Error) => setError(err.message),
    );
  };

  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-h`}>{title}</h3>
      {editing ? null : (
        <>
          <label htmlFor={`${id}-kind`}>What</label>
          <select
            id={`${id}-kind`}
            value={state.kind}
            onChange={(e) => set({ kind: e.target.value as SafeguardingKind, outcome: '' })}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {SAFEGUARDING_KINDS[k]}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-person`}>{state.kind === 'cawn' ? 'Child protected' : 'Person'}</label>
      <select
        id={`${id}-person`}
        value={state.personId}
        onChange={(e) => set({ personId: e.target.value })}
      >
        {choices.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-date`}>{DATE_LABEL[state.kind]}</label>
      <input
        id={`${id}-date`}
        type="date"
        value={state.date}
        onChange={(e) => set({ date: e.target.value })}
      />
      <label htmlFor={`${id}-by`}>{BY_LABEL[state.kind]}</label>
      <input id={`${id}-by`} value={state.by} onChange={(e) => set({ by: e.target.value })} />
      <label htmlFor={`${id}-ref`}>Reference</label>
      <input
        id={`${id}-ref`}
        value={state.reference}
        onChange={(e) => set({ reference: e.target.value })}
      />
      <SafeguardingKindFields
        id={id}
        state={state}
        set={set}
        child={child}
        adults={adults}
        places={places}
      />
      <label htmlFor={`${id}-notes`}>Notes</label>
      <textarea
        id={`${id}-notes`}
        rows={2}
        value={state.notes}
        onChange={(e) => set({ notes: e.target.value })}
      />
      <ErrorAlert message={error} />
      <div className="toolbar">
        <button type="submit">{editing ? 'Save changes' : 'Record'}</button>
        {editing ? (
          <button type="button" onClick={() => onDone?.()}>
            Cancel
          </button>
        ) : null}
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </form>
  );
}
