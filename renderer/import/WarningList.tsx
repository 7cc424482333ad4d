import type { ImportWarning } from '../../shared/formats';

/** What a reader left out or changed while keeping the rest, counted, with a few examples. */
export function WarningList({ warnings }: { warnings: readonly ImportWarning[] }) {
  if (!warnings.length) return null;
  return (
    <div className="import-warnings" role="region" aria-label="What was left out or changed">
      <p>
        <strong>Left out or changed while reading the file:</strong>
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.code}>
            {w.message}
            {w.examples.length > 0 && (
              <span className="import-hint"> For example: {w.examples.join(', ')}.</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
