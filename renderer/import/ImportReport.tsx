import { useState } from 'react';
import type { MappingOutcome } from '../../shared/formats/mapping';
import { reportCounts, reportCsv, reportLines } from './reportRows';

const SHOWN = 500;

/**
 * The import report: every row of the file, what it creates, which existing record it matches,
 * which earlier row it joins, why it is refused, and anything flagged (formula-like cells, rows
 * with no id). Over 500 rows the table shows the first 500; the saved report has them all.
 */
export function ImportReport({
  outcome,
  labelOf,
  onSave,
}: {
  outcome: MappingOutcome;
  labelOf: (id: string) => string | undefined;
  onSave: (csv: string) => void;
}) {
  const { report, result } = outcome;
  const lines = reportLines(outcome, labelOf);
  const counts = reportCounts(lines, report.rows);
  const blocked = !result.ok;
  const [onlyProblems, setOnlyProblems] = useState(false);
  const shownLines = onlyProblems
    ? lines.filter((l) => l.outcome === 'Refused' || l.flagged)
    : lines;
  return (
    <section aria-labelledby="import-report-title" className="import-report-section">
      <h4 id="import-report-title">Import report</h4>
      {result.ok ? (
        <p role="status" className="import-ok">
          All {report.rowCount} rows are valid: {result.value.entities.length} new entities and{' '}
          {result.value.links.length} links are ready to import.
        </p>
      ) : (
        <div role="alert" className="import-issues">
          <p>
            <strong>
              {report.badRows.length
                ? `${report.badRows.length} of ${report.rowCount} rows have problems.`
                : 'The mapping cannot be applied.'}
            </strong>{' '}
            Fix the file or the mapping and check again; nothing is imported until every row is
            valid.
          </p>
          {!report.badRows.length && (
            <ul aria-label="Problems">
              {result.errors.slice(0, 20).map((e, i) => (
                <li key={i}>
                  <strong>{e.where}:</strong> {e.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ul className="import-counts" aria-label="Rows by outcome">
        <li>{counts.rows} rows</li>
        <li>{counts.created} create new records</li>
        <li>{counts.matched} match records already here</li>
        <li>{counts.joined} join an earlier row</li>
        <li>{counts.refused} refused</li>
        <li>{counts.flagged} flagged</li>
      </ul>
      <div className="import-report-tools">
        <button type="button" onClick={() => onSave(reportCsv(lines))}>
          Save report (CSV)…
        </button>
        <label>
          <input
            type="checkbox"
            checked={onlyProblems}
            onChange={(e) => setOnlyProblems(e.target.checked)}
          />{' '}
          Only refused and flagged rows
        </label>
      </div>
      {lines.length > 0 && (
        <div className="import-scroll" tabIndex={0} role="region" aria-label="Import report by row">
          <table className="import-table import-report">
            <caption>
              {onlyProblems
                ? `${shownLines.length} refused or flagged ${shownLines.length === 1 ? 'row' : 'rows'} of ${lines.length}`
                : 'Every row'}
              {shownLines.length > SHOWN
                ? ` (the first ${SHOWN} of ${shownLines.length}; the saved report has them all)`
                : ''}
              {blocked ? ': refused rows must be fixed before anything is imported' : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Outcome</th>
                <th scope="col">What happens</th>
                <th scope="col">Problems and flags</th>
              </tr>
            </thead>
            <tbody>
              {shownLines.slice(0, SHOWN).map((l) => (
                <tr key={l.row} className={l.outcome === 'Refused' ? 'import-bad' : undefined}>
                  <th scope="row">{l.row}</th>
                  <td>
                    {l.outcome}
                    {l.flagged ? <span className="import-flag"> (flagged)</span> : null}
                  </td>
                  <td>
                    {l.what.length > 0 && (
                      <ul>
                        {l.what.map((w, i) => (
                          <li key={i}>{w}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {l.notes.length > 0 && (
                      <ul>
                        {l.notes.map((n, i) => (
                          <li key={i}>{n}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
