import { useCallback, useId, useSyncExternalStore } from 'react';
import { integrityAlerts } from '../store';

/**
 * The notice on an open workspace whose records were set aside (issue 11): what the vault found
 * and that nothing was changed. It reads the store's one list of alerts, so it needs only the
 * workspace's id; the vault's own findings from this unlock (a store put back, an audit log cut
 * short) show on every workspace, and on the workspace list (no id) alone.
 */
export function QuarantineBanner({ workspaceId }: { workspaceId?: string }) {
  const headingId = useId();
  const read = useCallback(() => integrityAlerts.forWorkspace(workspaceId), [workspaceId]);
  const alerts = useSyncExternalStore(integrityAlerts.subscribe, read, read);
  if (!alerts.length) return null;
  const records = alerts.filter((a) => a.workspaceId).length;
  const vault = alerts.length - records;
  return (
    <section className="warning-box quarantine-notice" role="alert" aria-labelledby={headingId}>
      <h2 id={headingId}>The vault found signs of tampering</h2>
      <p>
        {records
          ? `${records} record${records === 1 ? ' of this workspace was' : 's of this workspace were'} set aside and ${records === 1 ? 'is' : 'are'} not shown: missing, altered, older than last written, unknown to the vault, or pointing at such a record. `
          : ''}
        {vault ? `${vault} finding${vault === 1 ? '' : 's'} about the vault itself. ` : ''}
        Nothing was changed or deleted, and each finding is in the audit log. Report this to your
        system administrator before relying on what the vault shows. Settings lists every finding.
      </p>
      <details>
        <summary>What was found ({alerts.length})</summary>
        <ul>
          {alerts.slice(0, 200).map((a) => (
            <li key={`${a.table}/${a.id}`}>
              {a.table} {a.id}: {a.reason}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
