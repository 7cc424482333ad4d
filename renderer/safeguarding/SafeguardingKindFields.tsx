import type { ReactNode } from 'react';
import {
  MASH_OUTCOMES,
  NRM_DECISIONS,
  STRATEGY_OUTCOMES,
  type SafeguardingKind,
} from '../../shared/referrals';
import type { SafeguardingFormState } from './safeguardingFormState';

export const DATE_LABEL: Record<SafeguardingKind, string> = {
  mash_referral: 'Referred on',
  nrm_referral: 'Referred on',
  strategy_meeting: 'Held on',
  cawn: 'Served on',
  missing_episode: 'Missing from',
};

export const BY_LABEL: Record<SafeguardingKind, string> = {
  mash_referral: 'Referred by (agency)',
  nrm_referral: 'First responder organisation',
  strategy_meeting: 'Agencies present (commas between)',
  cawn: 'Issued by (force)',
  missing_episode: 'Return home interview by',
};

type Choice = { id: string; label: string };
type Set = (patch: Partial<SafeguardingFormState>) => void;

function DateField(p: { id: string; label: string; value: string; onChange: (v: string) => void }) {
  return (
    <>
      <label htmlFor={p.id}>{p.label}</label>
      <input id={p.id} type="date" value={p.value} onChange={(e) => p.onChange(e.target.value)} />
    </>
  );
}

function Select(p: {
  id: string;
  label: string;
  value: string;
  options: Record<string, string> | readonly Choice[];
  empty?: string;
  onChange: (v: string) => void;
}) {
  const options = Array.isArray(p.options)
    ? (p.options as readonly Choice[])
    : Object.entries(p.options).map(([id, label]) => ({ id, label }));
  return (
    <>
      <label htmlFor={p.id}>{p.label}</label>
      <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.empty !== undefined ? <option value="">{p.empty}</option> : null}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** The fields only one kind of record has: outcomes, decisions, the adult, the return. */
export function SafeguardingKindFields(props: {
  id: string;
  state: SafeguardingFormState;
  set: Set;
  child: boolean;
  adults: readonly Choice[];
  places: readonly Choice[];
}): ReactNode {
  const { id, state: s, set } = props;
  switch (s.kind) {
    case 'mash_referral':
      return (
        <>
          <Select
            id={`${id}-outcome`}
            label="Outcome"
            value={s.outcome || 'pending'}
            options={MASH_OUTCOMES}
            onChange={(outcome) => set({ outcome })}
          />
          <DateField
            id={`${id}-decided`}
            label="Decided on"
            value={s.decidedOn}
            onChange={(decidedOn) => set({ decidedOn })}
          />
        </>
      );
    case 'strategy_meeting':
      return (
        <Select
          id={`${id}-outcome`}
          label="Outcome"
          value={s.outcome || 'section_47'}
          options={STRATEGY_OUTCOMES}
          onChange={(outcome) => set({ outcome })}
        />
      );
    case 'nrm_referral':
      return (
        <>
          {props.child ? (
            <p className="hint">A child is referred without consent.</p>
          ) : (
            <label>
              <input
                type="checkbox"
                checked={s.consent}
                onChange={(e) => set({ consent: e.target.checked })}
              />{' '}
              The adult consents to the referral
            </label>
          )}
          <Select
            id={`${id}-rg`}
            label="Reasonable grounds decision"
            value={s.reasonableGrounds}
            options={NRM_DECISIONS}
            onChange={(v) =>
              set({ reasonableGrounds: v as SafeguardingFormState['reasonableGrounds'] })
            }
          />
          <DateField
            id={`${id}-rg-on`}
            label="Reasonable grounds decided on"
            value={s.reasonableGroundsOn}
            onChange={(reasonableGroundsOn) => set({ reasonableGroundsOn })}
          />
          <Select
            id={`${id}-cg`}
            label="Conclusive grounds decision"
            value={s.conclusiveGrounds}
            options={NRM_DECISIONS}
            onChange={(v) =>
              set({ conclusiveGrounds: v as SafeguardingFormState['conclusiveGrounds'] })
            }
          />
          <DateField
            id={`${id}-cg-on`}
            label="Conclusive grounds decided on"
            value={s.conclusiveGroundsOn}
            onChange={(conclusiveGroundsOn) => set({ conclusiveGroundsOn })}
          />
        </>
      );
    case 'cawn':
      return (
        <>
          <Select
            id={`${id}-adult`}
            label="Served on (the adult)"
            value={s.servedOnId}
            options={props.adults}
            empty="Choose the adult"
            onChange={(servedOnId) => set({ servedOnId })}
          />
          <DateField
            id={`${id}-expires`}
            label="Expires on"
            value={s.expiresOn}
            onChange={(expiresOn) => set({ expiresOn })}
          />
        </>
      );
    case 'missing_episode':
      return (
        <>
          <DateField
            id={`${id}-returned`}
            label="Returned on"
            value={s.returnedOn}
            onChange={(returnedOn) => set({ returnedOn })}
          />
          <Select
            id={`${id}-found`}
            label="Found at (a place on the map)"
            value={s.foundAtId}
            options={props.places}
            empty="Not known or not on the map"
            onChange={(foundAtId) => set({ foundAtId })}
          />
          <DateField
            id={`${id}-offered`}
            label="Return home interview offered on"
            value={s.interviewOfferedOn}
            onChange={(interviewOfferedOn) => set({ interviewOfferedOn })}
          />
          <DateField
            id={`${id}-held`}
            label="Return home interview held on"
            value={s.interviewHeldOn}
            onChange={(interviewHeldOn) => set({ interviewHeldOn })}
          />
          <label>
            <input
              type="checkbox"
              checked={s.interviewDeclined}
              onChange={(e) => set({ interviewDeclined: e.target.checked })}
            />{' '}
            The interview was declined
          </label>
        </>
      );
  }
}
