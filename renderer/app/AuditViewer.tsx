import { useEffect, useId, useMemo, useState } from 'react';
import { AUDIT_ACTIONS } from '../../shared/model';
import type { Platform } from '../platform';
import type { AuditEvent, AuditFilter, AuditVerification, Session } from '../store';
import { useSessionVersion } from './useSessionVersion';
import { auditCsvWithNames, eventMatches, recordNames } from './auditNames';

const PAGE = 200;

/** The DPA 2018 s.62 log: who did what, when, to which records; filterable, verifiable, exportable. */
export function AuditViewer({ session, platform }: { session: Session; platform: Platform }) {
  const version = useSessionVersion(session);
  const ids = { action: useId(), actor: useId(), text: useId(), from: useId(), to: useId() };
  const [filter, setFilter] = useState<AuditFilter>({});
  const [shown, setShown] = useState(PAGE);
  const [check, setCheck] = useState<AuditVerification>();
  const [error, setError] = useState<string>();

  // Text is matched here, not in the store, so that a record's name finds events that carry only
  // its id (an edit, a merge) as well as those whose words name it (a view, a search).
  const { text, ...stored } = filter;
  const storedKey = JSON.stringify(stored);
  const [all, setAll] = useState<AuditEvent[]>();
  const loaded = session.current();
  const names = useMemo(
    () => (e: AuditEvent) => recordNames(loaded, e),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [loaded?.version, loaded?.workspace.id],
  );
  const events = useMemo(
    () => all?.filter((e) => eventMatches(e, names(e), text ?? '')),
    [all, names, text],
  );
  useEffect(() => {
    let live = true;
    session.audit
      .list(JSON.parse(storedKey) as AuditFilter)
      .then((list) => live && setAll([...list].reverse()))
      .catch((e: unknown) => live && setError(String(e)));
    return () => {
      live = false;
    };
  }, [session, storedKey, version]);

  const set = (patch: Partial<AuditFilter>) => setFilter((f) => ({ ...f, ...patch }));

  async function exportCsv() {
    if (!events) return;
    const csv = auditCsvWithNames(events, names);
    const saved = await platform.saveFile({
      suggestedName: 'linchpin-audit-log.csv',
      data: csv,
      mimeType: 'text/csv',
    });
    if (saved)
      await session.audit.record({
        action: 'export',
        subject: 'audit',
        targets: [],
        detail: `Audit log CSV, ${events.length} events`,
      });
  }

  return (
    <section className="audit" aria-labelledby="audit-heading">
      <h1 id="audit-heading">Audit log</h1>
      <p className="hint">
        Every collection, change, view, disclosure and erasure, with who and when (Data Protection
        Act 2018, s.62). The log is hash-chained: any edit, insertion, deletion or reordering is
        detected by Verify.
      </p>
      <div className="filters" role="group" aria-label="Filter the audit log">
        <label htmlFor={ids.action}>Action</label>
        <select
          id={ids.action}
          value={filter.action ?? ''}
          onChange={(e) => set({ action: (e.target.value || undefined) as AuditFilter['action'] })}
        >
          <option value="">Any</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <label htmlFor={ids.actor}>Who</label>
        <input
          id={ids.actor}
          value={filter.actor ?? ''}
          onChange={(e) => set({ actor: e.target.value || undefined })}
        />
        <label htmlFor={ids.text}>Contains (a name, a word or an id)</label>
        <input
          id={ids.text}
          value={filter.text ?? ''}
          onChange={(e) => set({ text: e.target.value || undefined })}
        />
        <label htmlFor={ids.from}>From</label>
        <input
          id={ids.from}
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
        <label htmlFor={ids.to}>To</label>
        <input
          id={ids.to}
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => void session.audit.verify().then(setCheck)}>
          Verify the chain
        </button>
        <button type="button" onClick={() => void exportCsv()} disabled={!events?.length}>
          Export CSV
        </button>
        <span role="status">
          {check
            ? check.ok
              ? `Chain intact: ${check.checked} events checked.`
              : `Chain broken at event ${check.problem?.seq}: ${check.problem?.reason}`
            : ''}
        </span>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {events ? (
        <table className="data-table">
          <caption>
            {events.length} events{events.length > shown ? `, newest ${shown} shown` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {events.slice(0, shown).map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{new Date(e.at).toLocaleString('en-GB')}</td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>
                  {e.subject}
                  {e.targets.length ? ` (${e.targets.length})` : ''}
                  {shownNames(names(e))}
                </td>
                <td>{e.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p aria-busy="true">Reading the log…</p>
      )}
      {events && events.length > shown ? (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {PAGE} more
        </button>
      ) : null}
    </section>
  );
}

function shownNames(list: readonly string[]): string {
  if (list.length === 0) return '';
  const head = list.slice(0, 3).join(', ');
  return `: ${head}${list.length > 3 ? ` and ${list.length - 3} more` : ''}`;
}
