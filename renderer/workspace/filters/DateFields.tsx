import { useId } from 'react';
import type { ViewFilters } from './viewFilters';
import { withOptional } from './withOptional';

/** The period as two date inputs; the time slider edits the same two values. */
export function DateFields(props: { value: ViewFilters; onChange: (next: ViewFilters) => void }) {
  const { value, onChange } = props;
  const problemId = useId();
  const reversed = Boolean(value.dateFrom && value.dateTo && value.dateFrom > value.dateTo);
  return (
    <fieldset className="wf-fieldset">
      <legend>Period (links active)</legend>
      <div className="wf-row">
        <label className="wf-field">
          <span>From</span>
          <input
            type="date"
            value={value.dateFrom ?? ''}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? problemId : undefined}
            onChange={(e) => onChange(withOptional(value, 'dateFrom', e.target.value))}
          />
        </label>
        <label className="wf-field">
          <span>To</span>
          <input
            type="date"
            value={value.dateTo ?? ''}
            aria-invalid={reversed || undefined}
            aria-describedby={reversed ? problemId : undefined}
            onChange={(e) => onChange(withOptional(value, 'dateTo', e.target.value))}
          />
        </label>
      </div>
      {reversed && (
        <p id={problemId} className="wf-problem" role="alert">
          The start date is after the end date, so no dated link can show. Swap the two dates.
        </p>
      )}
      <label className="wf-inline">
        <input
          type="checkbox"
          checked={value.includeUndated}
          onChange={(e) => onChange({ ...value, includeUndated: e.target.checked })}
        />
        <span>Show links with no dates (often family ties)</span>
      </label>
    </fieldset>
  );
}
