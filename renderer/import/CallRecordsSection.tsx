import { useState } from 'react';
import { readCallRecords, type FormatIssue, type GraphDocument } from '../../shared/formats';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { importRecords } from '../store/commands';
import { summariseCalls, type CallSummary } from './cdrSummary';
import { IssueList } from './IssueList';
import { StatusLine, useImportRun } from './useImportRun';
import { knownPhones } from './workspaceRecords';

type Props = Pick<WorkspaceModuleProps, 'loaded' | 'run' | 'platform'>;

/** Call data records: phones (joined to those already here) and aggregated call links. */
export function CallRecordsSection({ loaded, run, platform }: Props) {
  const [pending, setPending] = useState<{
    name: string;
    doc: GraphDocument;
    summary: CallSummary;
  } | null>(null);
  const [issues, setIssues] = useState<FormatIssue[]>([]);
  const { status, setStatus, busy, execute } = useImportRun(run);

  const choose = async () => {
    const picked = await platform.openFile({
      title: 'Choose call data records',
      filters: [{ name: 'Call records (CSV)', extensions: ['csv'] }],
    });
    if (!picked) return;
    setStatus(null);
    const known = knownPhones(loaded);
    const read = readCallRecords(
      picked.bytes,
      { workspaceId: loaded.workspace.id },
      { knownPhones: known },
    );
    if (!read.ok) {
      setPending(null);
      setIssues(read.errors);
      return;
    }
    setIssues([]);
    setPending({ name: picked.name, doc: read.value, summary: summariseCalls(read.value, known) });
  };

  const s = pending?.summary;
  return (
    <section className="import-section" aria-labelledby="import-cdr-title">
      <h3 id="import-cdr-title">Call data records</h3>
      <p className="import-hint">
        A CSV with caller, called, start and duration columns (cell site and handset optional).
      </p>
      <button type="button" onClick={() => void choose()}>
        Choose call records…
      </button>
      <IssueList issues={issues} title="The call records cannot be read." />
      {pending && s && (
        <>
          <dl className="import-summary" aria-label="Call records summary">
            <dt>New phones</dt>
            <dd>{s.newPhones}</dd>
            <dt>Phones already in the workspace</dt>
            <dd>{s.existingPhones}</dd>
            <dt>Call links</dt>
            <dd>
              {s.callLinks} ({s.calls} calls)
            </dd>
            <dt>Dates</dt>
            <dd>{s.from && s.to ? `${s.from} to ${s.to}` : 'none'}</dd>
          </dl>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void execute(
                importRecords(
                  loaded.workspace.id,
                  pending.doc.records,
                  `call records ${pending.name}`,
                ),
                `Imported ${s.newPhones} phones and ${s.callLinks} call links from ${pending.name}.`,
              ).then(() => setPending(null))
            }
          >
            Import call records
          </button>
        </>
      )}
      <StatusLine status={status} />
    </section>
  );
}
