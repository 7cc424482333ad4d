import { useId, useMemo, useState } from 'react';
import {
  AGENCY_KINDS,
  defaultLead,
  leadAgencyProblem,
  type AgencyKind,
  type Tactic,
} from '../../shared/plans';
import { ErrorAlert } from '../app/ErrorAlert';
import type { Command, LoadedWorkspace } from '../store';
import { createOrder } from '../store/commands';
import { BoundEntitiesField } from './BoundEntitiesField';
import { orderPowers } from './orderChoices';

/** Opens an order or notice as a draft against people, addresses or deal lines. */
export function NewOrderForm(props: {
  loaded: LoadedWorkspace;
  planId: string;
  custom: readonly Tactic[];
  run: (c: Command) => Promise<void>;
  onCreated: (id: string) => void;
}) {
  const { loaded, custom } = props;
  const id = useId();
  const powers = useMemo(() => orderPowers(custom), [custom]);
  const [powerId, setPowerId] = useState(powers[0]?.id ?? '');
  const power = powers.find((p) => p.id === powerId);
  const [kind, setKind] = useState<AgencyKind>(defaultLead(power).kind);
  const [agency, setAgency] = useState(defaultLead(power).name);
  const [bound, setBound] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState('');
  const leads = power?.agencies?.length
    ? power.agencies
    : (Object.keys(AGENCY_KINDS) as AgencyKind[]);

  const submit = async () => {
    if (!power) return setError('Choose a power.');
    if (bound.length === 0) return setError('Choose whom or what the order binds.');
    const problem = leadAgencyProblem(kind, power);
    if (problem) return setError(problem);
    try {
      const command = createOrder(
        loaded.workspace.id,
        {
          powerId,
          planId: props.planId,
          boundIds: bound,
          leadAgencyKind: kind,
          leadAgency: agency.trim() || AGENCY_KINDS[kind],
          court: '',
          reference: '',
          conditions: [],
          breaches: [],
          extensions: [],
          stepsDone: {},
          stepsNotApplicable: [],
          notes,
        },
        power,
      );
      await props.run(command);
      setError('');
      setBound([]);
      setNotes('');
      props.onCreated(command.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id={`${id}-h`}>Add an order or notice</h4>
      <label htmlFor={`${id}-power`}>Power</label>
      <select
        id={`${id}-power`}
        value={powerId}
        onChange={(e) => {
          const next = powers.find((p) => p.id === e.target.value);
          setPowerId(e.target.value);
          setKind(defaultLead(next).kind);
          setAgency(defaultLead(next).name);
        }}
      >
        {powers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      {power ? (
        <p className="hint">
          {power.description} {power.authority ? `Legal basis: ${power.authority}.` : ''}
          {power.evidence?.length ? ` Typical evidence: ${power.evidence.join('; ')}.` : ''}
        </p>
      ) : null}
      <BoundEntitiesField id={`${id}-bound`} loaded={loaded} value={bound} onChange={setBound} />
      <label htmlFor={`${id}-kind`}>Lead agency type</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as AgencyKind);
          setAgency(AGENCY_KINDS[e.target.value as AgencyKind]);
        }}
      >
        {leads.map((k) => (
          <option key={k} value={k}>
            {AGENCY_KINDS[k]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-agency`}>Lead agency (name)</label>
      <input id={`${id}-agency`} value={agency} onChange={(e) => setAgency(e.target.value)} />
      <label htmlFor={`${id}-notes`}>Notes</label>
      <input id={`${id}-notes`} value={notes} onChange={(e) => setNotes(e.target.value)} />
      <ErrorAlert message={error} />
      <button type="submit">Add as draft</button>
    </form>
  );
}
