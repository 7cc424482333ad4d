import { useId } from 'react';
import { CLASSIFICATIONS, type Classification } from '../../shared/model';
import {
  AGENCY_TYPE_IDS,
  AGENCY_TYPES,
  type AgencyType,
  type Recipient,
} from '../../shared/profiles';

type Conditional = 'none' | 'all' | 'tags';

function conditionalMode(value: Recipient['mayReceiveConditional']): Conditional {
  if (value === true) return 'all';
  if (value === false) return 'none';
  return 'tags';
}

/** Parses "#mash-only, #lado" or "mash-only lado" into the tag list the recipient meets. */
export function parseTags(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^#/, ''))
    .filter((w) => w.length > 0);
  return [...new Set(words)];
}

/** Who receives the profile: what they may see follows from these answers. */
export function RecipientFields({
  value,
  onChange,
}: {
  value: Recipient;
  onChange: (next: Recipient) => void;
}) {
  const id = useId();
  const set = (patch: Partial<Recipient>) => onChange({ ...value, ...patch });
  const mode = conditionalMode(value.mayReceiveConditional);
  const tags = Array.isArray(value.mayReceiveConditional) ? value.mayReceiveConditional : [];
  return (
    <fieldset className="stack-form">
      <legend>Recipient</legend>
      <label htmlFor={`${id}-type`}>Type of agency</label>
      <select
        id={`${id}-type`}
        value={value.agencyType}
        onChange={(e) => set({ agencyType: e.target.value as AgencyType })}
      >
        {AGENCY_TYPE_IDS.map((t) => (
          <option key={t} value={t}>
            {AGENCY_TYPES[t].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-agency`}>Agency name</label>
      <input
        id={`${id}-agency`}
        value={value.agency}
        placeholder="e.g. Kestrelford Council, Children's Services"
        onChange={(e) => set({ agency: e.target.value })}
      />
      <label htmlFor={`${id}-role`}>Recipient's role</label>
      <input
        id={`${id}-role`}
        value={value.role}
        placeholder="e.g. MASH manager"
        onChange={(e) => set({ role: e.target.value })}
      />
      <label htmlFor={`${id}-clearance`}>Highest classification they may hold</label>
      <select
        id={`${id}-clearance`}
        value={value.clearance}
        onChange={(e) => set({ clearance: e.target.value as Classification })}
      >
        {CLASSIFICATIONS.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <label htmlFor={`${id}-cond`}>Handling code C material (sharing with conditions)</label>
      <select
        id={`${id}-cond`}
        value={mode}
        onChange={(e) => {
          const next = e.target.value as Conditional;
          set({ mayReceiveConditional: next === 'all' ? true : next === 'none' ? false : tags });
        }}
      >
        <option value="none">Withhold all conditional material</option>
        <option value="tags">Share only where they meet the listed condition tags</option>
        <option value="all">I have checked every condition: share it all</option>
      </select>
      {mode === 'tags' ? (
        <>
          <label htmlFor={`${id}-tags`}>Condition tags this recipient meets</label>
          <input
            id={`${id}-tags`}
            defaultValue={tags.map((t) => `#${t}`).join(' ')}
            aria-describedby={`${id}-tags-hint`}
            onChange={(e) => set({ mayReceiveConditional: parseTags(e.target.value) })}
          />
          <p className="hint" id={`${id}-tags-hint`}>
            Tags as written in the grade's conditions, e.g. #mash-only #lado.
          </p>
        </>
      ) : null}
    </fieldset>
  );
}
