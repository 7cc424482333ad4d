import { useId } from 'react';
import {
  LAWFUL_BASES,
  LAWFUL_BASIS_IDS,
  OVERRIDABLE_RULE_IDS,
  OVERRIDABLE_RULES,
  type DraftTerms,
  type LawfulBasis,
  type OverridableRule,
} from '../../shared/profiles';
import './terms.css';

/**
 * The terms printed on the disclosure and kept in its log, the supervisor's sign-off (required
 * when the two-person rule is on) and any rule the author sets aside, each with its reason.
 */
export function TermsFields({
  value,
  twoPersonRule,
  onChange,
}: {
  value: DraftTerms;
  twoPersonRule: boolean;
  onChange: (next: DraftTerms) => void;
}) {
  const id = useId();
  const set = (patch: Partial<DraftTerms>) => onChange({ ...value, ...patch });
  const override = (rule: OverridableRule) => value.overrides.find((o) => o.rule === rule);
  const setOverride = (rule: OverridableRule, on: boolean, reason = '') =>
    set({
      overrides: on
        ? [...value.overrides.filter((o) => o.rule !== rule), { rule, reason }]
        : value.overrides.filter((o) => o.rule !== rule),
    });
  const text = (key: 'purpose' | 'isaReference' | 'handlingConditions' | 'onwardSharing') => ({
    id: `${id}-${key}`,
    value: value[key],
    onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }),
  });
  return (
    <fieldset className="stack-form">
      <legend>Terms of the disclosure</legend>
      <label htmlFor={`${id}-purpose`}>Purpose of the disclosure</label>
      <textarea rows={2} {...text('purpose')} />
      <label htmlFor={`${id}-basis`}>Lawful basis</label>
      <select
        id={`${id}-basis`}
        value={value.lawfulBasis}
        onChange={(e) => set({ lawfulBasis: e.target.value as LawfulBasis })}
      >
        {LAWFUL_BASIS_IDS.map((b) => (
          <option key={b} value={b}>
            {LAWFUL_BASES[b]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-isaReference`}>Information-sharing agreement reference</label>
      <input {...text('isaReference')} />
      <label htmlFor={`${id}-handlingConditions`}>Handling conditions</label>
      <textarea rows={2} {...text('handlingConditions')} />
      <label htmlFor={`${id}-onwardSharing`}>Onward-sharing conditions</label>
      <textarea rows={2} {...text('onwardSharing')} />
      <label htmlFor={`${id}-destroy`}>Destroy by</label>
      <input
        id={`${id}-destroy`}
        type="date"
        value={value.destroyBy}
        onChange={(e) => set({ destroyBy: e.target.value })}
      />
      <p className="hint" id={`${id}-sup-hint`}>
        {twoPersonRule
          ? 'The two-person rule is on (Settings): a supervisor must sign this disclosure off.'
          : 'Supervisor sign-off is optional; the two-person rule can be turned on in Settings.'}{' '}
        The name is recorded as given: Linchpin has one user per vault and cannot check it.
      </p>
      <label htmlFor={`${id}-sup-name`}>Supervisor's name</label>
      <input
        id={`${id}-sup-name`}
        aria-describedby={`${id}-sup-hint`}
        value={value.supervisor.name ?? ''}
        onChange={(e) => set({ supervisor: { ...value.supervisor, name: e.target.value } })}
      />
      <label htmlFor={`${id}-sup-role`}>Supervisor's role</label>
      <input
        id={`${id}-sup-role`}
        value={value.supervisor.role ?? ''}
        onChange={(e) => set({ supervisor: { ...value.supervisor, role: e.target.value } })}
      />
      <fieldset className="terms-overrides">
        <legend>Set a disclosure rule aside for this profile (logged, with your reason)</legend>
        {OVERRIDABLE_RULE_IDS.map((rule) => {
          const o = override(rule);
          return (
            <div key={rule}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={!!o}
                  onChange={(e) => setOverride(rule, e.target.checked)}
                />
                {OVERRIDABLE_RULES[rule]}
              </label>
              {o ? (
                <>
                  <label htmlFor={`${id}-why-${rule}`}>Reason for setting this rule aside</label>
                  <textarea
                    id={`${id}-why-${rule}`}
                    rows={2}
                    value={o.reason}
                    onChange={(e) => setOverride(rule, true, e.target.value)}
                  />
                </>
              ) : null}
            </div>
          );
        })}
      </fieldset>
    </fieldset>
  );
}
