import { useId, useMemo, useState } from 'react';
import { isChildOn } from '../../shared/model';
import {
  MASH_OUTCOMES,
  SAFEGUARDING_KINDS,
  safeguardingProblems,
  safeguardingRecordSchema,
  STRATEGY_OUTCOMES,
  type SafeguardingKind,
} from '../../shared/referrals';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { ErrorAlert } from '../app/ErrorAlert';
import { createSafeguardingRecord } from '../store/commands';

const KINDS = Object.keys(SAFEGUARDING_KINDS) as SafeguardingKind[];

/** Records a referral, strategy discussion, CAWN or missing episode on a person. */
export function SafeguardingRecordForm({
  module,
  people,
}: {
  module: WorkspaceModuleProps;
  people: { id: string; label: string }[];
}) {
  const { loaded, run, today } = module;
  const id = useId();
  const [kind, setKind] = useState<SafeguardingKind>('nrm_referral');
  const [personId, setPersonId] = useState(people[0]?.id ?? '');
  const [date, setDate] = useState(today);
  const [by, setBy] = useState('');
  const [reference, setReference] = useState('');
  const [outcome, setOutcome] = useState('');
  const [consent, setConsent] = useState(false);
  const [other, setOther] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const adults = useMemo(
    () =>
      [...loaded.entities.values()]
        .filter((e) => e.kind === 'nominal' && !isChildOn(e.attrs.dateOfBirth, today))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [loaded.entities, today],
  );
  const person = loaded.entities.get(personId);
  const child = person?.kind === 'nominal' && isChildOn(person.attrs.dateOfBirth, date || today);

  const build = () => {
    const common = { personId, reference, notes: '' };
    switch (kind) {
      case 'mash_referral':
        return {
          ...common,
          kind,
          referredOn: date,
          referredBy: by,
          outcome: outcome || 'pending',
          ...(outcome && outcome !== 'pending' ? { decidedOn: until || date } : {}),
        };
      case 'nrm_referral':
        return {
          ...common,
          kind,
          referredOn: date,
          firstResponder: by,
          consent: child ? false : consent,
        };
      case 'strategy_meeting':
        return {
          ...common,
          kind,
          heldOn: date,
          agencies: by
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          outcome: outcome || 'section_47',
        };
      case 'cawn':
        return {
          ...common,
          kind,
          servedOnId: other,
          servedOn: date,
          expiresOn: until,
          issuedBy: by,
        };
      case 'missing_episode':
        return {
          ...common,
          kind,
          missingFrom: date,
          ...(until ? { returnedOn: until } : {}),
          interviewBy: by,
        };
    }
  };

  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = safeguardingRecordSchema.safeParse(build());
        if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the form.');
        const problems = safeguardingProblems(parsed.data, loaded.entities, today);
        if (problems.length) return setError(problems.join(' '));
        setError('');
        run(createSafeguardingRecord(loaded.workspace.id, parsed.data)).then(
          () =>
            setStatus(`${SAFEGUARDING_KINDS[kind]} recorded for ${person?.label ?? 'the person'}.`),
          (err: Error) => setError(err.message),
        );
      }}
    >
      <h3 id={`${id}-h`}>Record a referral, notice or episode</h3>
      <label htmlFor={`${id}-kind`}>What</label>
      <select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => {
          setKind(e.target.value as SafeguardingKind);
          setOutcome('');
        }}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {SAFEGUARDING_KINDS[k]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-person`}>{kind === 'cawn' ? 'Child protected' : 'Person'}</label>
      <select id={`${id}-person`} value={personId} onChange={(e) => setPersonId(e.target.value)}>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-date`}>
        {
          {
            mash_referral: 'Referred on',
            nrm_referral: 'Referred on',
            strategy_meeting: 'Held on',
            cawn: 'Served on',
            missing_episode: 'Missing from',
          }[kind]
        }
      </label>
      <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <label htmlFor={`${id}-by`}>
        {
          {
            mash_referral: 'Referred by (agency)',
            nrm_referral: 'First responder organisation',
            strategy_meeting: 'Agencies present (commas between)',
            cawn: 'Issued by (force)',
            missing_episode: 'Return home interview by',
          }[kind]
        }
      </label>
      <input id={`${id}-by`} value={by} onChange={(e) => setBy(e.target.value)} />
      <label htmlFor={`${id}-ref`}>Reference</label>
      <input id={`${id}-ref`} value={reference} onChange={(e) => setReference(e.target.value)} />
      {kind === 'mash_referral' || kind === 'strategy_meeting' ? (
        <>
          <label htmlFor={`${id}-outcome`}>Outcome</label>
          <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            {Object.entries(kind === 'mash_referral' ? MASH_OUTCOMES : STRATEGY_OUTCOMES).map(
              ([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ),
            )}
          </select>
        </>
      ) : null}
      {kind === 'nrm_referral' ? (
        child ? (
          <p className="hint">A child is referred without consent.</p>
        ) : (
          <label>
            <input
              type="checkbox"
              checked={consent}
              onChange={(e) => setConsent(e.target.checked)}
            />{' '}
            The adult consents to the referral
          </label>
        )
      ) : null}
      {kind === 'cawn' ? (
        <>
          <label htmlFor={`${id}-adult`}>Served on (the adult)</label>
          <select id={`${id}-adult`} value={other} onChange={(e) => setOther(e.target.value)}>
            <option value="">Choose the adult</option>
            {adults.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {kind === 'cawn' || kind === 'missing_episode' || kind === 'mash_referral' ? (
        <>
          <label htmlFor={`${id}-until`}>
            {
              { cawn: 'Expires on', missing_episode: 'Returned on', mash_referral: 'Decided on' }[
                kind
              ]
            }
          </label>
          <input
            id={`${id}-until`}
            type="date"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </>
      ) : null}
      <ErrorAlert message={error} />
      <button type="submit">Record</button>
      <p role="status" className="hint">
        {status}
      </p>
    </form>
  );
}
