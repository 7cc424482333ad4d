import type { Table } from '../../shared/formats/mapping';

/** The first rows of the file as they are, before any mapping. */
export function PreviewTable({ table, name }: { table: Table; name: string }) {
  return (
    <div className="import-scroll" tabIndex={0} role="region" aria-label={`First rows of ${name}`}>
      <table className="import-table">
        <caption>
          {name}: first {Math.min(20, table.rows.length)} of {table.rows.length} rows
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, 20).map((r, i) => (
            <tr key={i}>
              <th scope="row">{table.rowNumbers[i]}</th>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
