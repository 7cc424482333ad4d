import { useId } from 'react';
import { CDR_ROLES, type CdrMapping, type CdrRole } from '../../shared/formats';
import { DATE_FORMATS, describeFormat, type DateFormat } from '../../shared/formats/mapping';
import { ColumnSelect } from './ColumnSelect';

/** A call records mapping being edited: roles may be empty until the analyst chooses. */
export type CdrDraft = Partial<CdrMapping> & Pick<CdrMapping, 'dateFormat' | 'defaultRegion'>;

/** Which column is the caller, the called number, the start (or date and time), and the rest. */
export function CdrMappingEditor({
  draft,
  columns,
  onChange,
}: {
  draft: CdrDraft;
  columns: readonly string[];
  onChange: (d: CdrDraft) => void;
}) {
  const dateId = useId();
  const set = (role: CdrRole, column: string) => {
    const next: CdrDraft = { ...draft };
    if (column) next[role] = column;
    else delete next[role];
    onChange(next);
  };
  return (
    <fieldset className="import-template">
      <legend>Columns of the call records</legend>
      <div className="import-grid">
        {CDR_ROLES.map(({ role, label, required }) => (
          <ColumnSelect
            key={role}
            label={`${label}${required ? ' (needed)' : ''}`}
            value={draft[role]}
            columns={columns}
            onChange={(c) => set(role, c)}
          />
        ))}
        <label htmlFor={dateId}>Dates are written</label>
        <select
          id={dateId}
          value={draft.dateFormat}
          onChange={(e) => onChange({ ...draft, dateFormat: e.target.value as DateFormat })}
        >
          {DATE_FORMATS.map((f) => (
            <option key={f} value={f}>
              {describeFormat(f)}
            </option>
          ))}
        </select>
      </div>
      <p className="import-hint">
        Columns not chosen here are kept on each call link, as the distinct values seen. Rows whose
        direction says incoming (MT, In, Incoming, Received) are read as the other number calling.
      </p>
    </fieldset>
  );
}
