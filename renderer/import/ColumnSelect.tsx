import { useId } from 'react';

/** A labelled select of the file's columns, with "(none)" for an unmapped field. */
export function ColumnSelect({
  label,
  value,
  columns,
  onChange,
}: {
  label: string;
  value: string | undefined;
  columns: readonly string[];
  onChange: (column: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">(none)</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </>
  );
}
