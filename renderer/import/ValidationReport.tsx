import type { MappingOutcome } from '../../shared/formats/mapping';

/** Every row checked: counts when all is well, otherwise each bad row with its reasons. */
export function ValidationReport({ outcome }: { outcome: MappingOutcome }) {
  const { report, result } = outcome;
  if (result.ok)
    return (
      <p role="status" className="import-ok">
        All {report.rowCount} rows are valid: {result.value.entities.length} new entities and{' '}
        {result.value.links.length} links are ready to import.
      </p>
    );
  return (
    <div role="alert" className="import-issues">
      <p>
        <strong>
          {report.badRows.length
            ? `${report.badRows.length} of ${report.rowCount} rows have problems.`
            : 'The mapping cannot be applied.'}
        </strong>{' '}
        Fix the file or the mapping and check again; nothing is imported until every row is valid.
      </p>
      <ul aria-label="Problems by row">
        {result.errors.slice(0, 100).map((e, i) => (
          <li key={i}>
            <strong>{e.where}:</strong> {e.message}
          </li>
        ))}
      </ul>
      {result.errors.length > 100 && <p>…and {result.errors.length - 100} more.</p>}
    </div>
  );
}
