import type { HandlingCode, IntelligenceAssessment, SourceEvaluation } from '../../../shared/model';
import { HANDLING_CODES } from '../../../shared/model';
import type { ViewFilters } from './viewFilters';
import { withOptional } from './withOptional';

const SOURCE_CHOICES: { value: SourceEvaluation | ''; label: string }[] = [
  { value: '', label: 'Any source' },
  { value: '1', label: '1 only (reliable)' },
  { value: '2', label: '1 or 2 (reliable or untested)' },
];

const INTELLIGENCE_CHOICES: { value: IntelligenceAssessment | ''; label: string }[] = [
  { value: '', label: 'Any assessment' },
  { value: 'A', label: 'A only (known directly)' },
  { value: 'B', label: 'A to B (or corroborated)' },
  { value: 'C', label: 'A to C (or known indirectly)' },
  { value: 'D', label: 'A to D (leaves out suspected false)' },
];

const HANDLING_IDS = Object.keys(HANDLING_CODES) as HandlingCode[];

/** Grade minimums and handling codes. Ungraded links always stay: no grade is not a bad grade. */
export function GradeFields(props: { value: ViewFilters; onChange: (next: ViewFilters) => void }) {
  const { value, onChange } = props;
  const setSource = (s: string) =>
    onChange(withOptional(value, 'minSource', s as SourceEvaluation | ''));
  const setIntelligence = (s: string) =>
    onChange(withOptional(value, 'minIntelligence', s as IntelligenceAssessment | ''));
  const toggleHandling = (code: HandlingCode) => {
    const ticked = new Set(value.handling ?? HANDLING_IDS);
    if (!ticked.delete(code)) ticked.add(code);
    const all = HANDLING_IDS.every((c) => ticked.has(c));
    onChange({ ...value, handling: all ? null : HANDLING_IDS.filter((c) => ticked.has(c)) });
  };
  return (
    <fieldset className="wf-fieldset">
      <legend>Grading (links)</legend>
      <label className="wf-field">
        <span>Source evaluation</span>
        <select value={value.minSource ?? ''} onChange={(e) => setSource(e.target.value)}>
          {SOURCE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="wf-field">
        <span>Intelligence assessment</span>
        <select
          value={value.minIntelligence ?? ''}
          onChange={(e) => setIntelligence(e.target.value)}
        >
          {INTELLIGENCE_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="wf-fieldset wf-inner">
        <legend>Handling code</legend>
        {HANDLING_IDS.map((code) => (
          <label key={code} className="wf-inline">
            <input
              type="checkbox"
              checked={value.handling === null || value.handling.includes(code)}
              onChange={() => toggleHandling(code)}
            />
            <span>
              {code}: {HANDLING_CODES[code]}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="wf-hint">
        Links with no grade stay visible. Legacy 5x5x5 grades are read on the 3x5x2 scales.
      </p>
    </fieldset>
  );
}
