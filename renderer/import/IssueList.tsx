import type { FormatIssue } from '../../shared/formats';

/** Problems with a file, each naming its row, line or element; shown in place of any preview. */
export function IssueList({ issues, title }: { issues: readonly FormatIssue[]; title: string }) {
  if (!issues.length) return null;
  return (
    <div role="alert" className="import-issues">
      <p>
        <strong>{title}</strong> Nothing was imported.
      </p>
      <ul>
        {issues.slice(0, 50).map((i, n) => (
          <li key={n}>
            <strong>{i.where}:</strong> {i.message}
          </li>
        ))}
      </ul>
      {issues.length > 50 && <p>…and {issues.length - 50} more.</p>}
    </div>
  );
}
