import { useId, useState } from 'react';
import {
  addCustomTactic,
  AGENCY_KIND_IDS,
  AGENCY_KINDS,
  PILLAR_IDS,
  PILLARS,
  type AgencyKind,
  type Pillar,
  type Tactic,
} from '../../shared/plans';
import { ErrorAlert } from '../app/ErrorAlert';

/** A short id from the tactic's name: "Dispersal order!" -> "user_dispersal_order". */
export function tacticIdFrom(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);
  return `user_${slug || 'tactic'}`;
}

/** Adds a partner power the catalogue lacks, for every plan of this workspace. */
export function TacticForm(props: {
  existing: readonly Tactic[];
  onAdd: (tactic: Tactic) => Promise<void>;
}) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [pillar, setPillar] = useState<Pillar>('pursue');
  const [agency, setAgency] = useState<AgencyKind>('police');
  const [description, setDescription] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        try {
          const list = addCustomTactic(props.existing, {
            id: tacticIdFrom(label),
            label,
            pillars: [pillar],
            leadAgencyKind: agency,
            description,
          });
          setError('');
          props.onAdd(list[list.length - 1]!).then(
            () => setLabel(''),
            (err: Error) => setError(err.message),
          );
        } catch (err) {
          const issues = (err as { issues?: { message: string }[] }).issues;
          setError(issues?.[0]?.message ?? (err as Error).message);
        }
      }}
    >
      <h3 id={`${id}-h`}>Add a tactic to the catalogue</h3>
      <label htmlFor={`${id}-label`}>Name of the tactic or power</label>
      <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} />
      <label htmlFor={`${id}-pillar`}>Pillar</label>
      <select
        id={`${id}-pillar`}
        value={pillar}
        onChange={(e) => setPillar(e.target.value as Pillar)}
      >
        {PILLAR_IDS.map((p) => (
          <option key={p} value={p}>
            {PILLARS[p].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-agency`}>Usual lead agency</label>
      <select
        id={`${id}-agency`}
        value={agency}
        onChange={(e) => setAgency(e.target.value as AgencyKind)}
      >
        {AGENCY_KIND_IDS.map((a) => (
          <option key={a} value={a}>
            {AGENCY_KINDS[a]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-desc`}>What it does</label>
      <input
        id={`${id}-desc`}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
      />
      <ErrorAlert message={error} />
      <button type="submit">Add tactic</button>
    </form>
  );
}
