import { useMemo } from 'react';
import { previewRows, type Mapping, type Table } from '../../shared/formats/mapping';

/** Parsed dates, phones, postcodes and registrations of the first rows, as they would be stored. */
export function LivePreview({ table, mapping }: { table: Table; mapping: Mapping }) {
  const rows = useMemo(() => previewRows(table, mapping, 5), [table, mapping]);
  const cells = rows.flatMap((r, i) => r.map((c) => ({ ...c, row: table.rowNumbers[i] ?? i + 2 })));
  if (!cells.length) return <p>Map a column to a field to see its parsed values here.</p>;
  return (
    <table className="import-table" aria-label="Parsed values of the first rows">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Field</th>
          <th scope="col">In the file</th>
          <th scope="col">Stored as</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((c, i) => (
          <tr key={i} className={c.ok ? undefined : 'import-bad'}>
            <td>{c.row}</td>
            <td>
              {c.template}: {c.field}
            </td>
            <td>{c.raw}</td>
            <td>{c.ok ? c.shown : `Problem: ${c.shown}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
