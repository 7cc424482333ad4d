import { useMemo, useState } from 'react';
import {
  attributionLinks,
  readCallRecords,
  type FormatIssue,
  type GraphDocument,
} from '../../shared/formats';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { importRecords } from '../store/commands';
import { AttributionTable, type AttributionChoice } from './AttributionTable';
import { phonesInCalls, summariseCalls, type CallSummary, type PhoneInCalls } from './cdrSummary';
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
    phones: PhoneInCalls[];
  } | null>(null);
  const [issues, setIssues] = useState<FormatIssue[]>([]);
  const [choices, setChoices] = useState<Record<string, AttributionChoice>>({});
  const [attributionIssues, setAttributionIssues] = useState<FormatIssue[]>([]);
  const { status, setStatus, busy, execute } = useImportRun(run);
  const people = useMemo(
    () =>
      [...loaded.entities.values()]
        .filter((e) => e.kind === 'nominal')
        .map((e) => ({ id: e.id, label: e.label }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [loaded],
  );

  /** The calls plus a dated "Uses phone" link per attributed number; any bad period refuses all. */
  const importCalls = (p: NonNullable<typeof pending>) => {
    const chosen = p.phones.flatMap((phone) => {
      const c = choices[phone.id];
      if (!c?.nominalId) return [];
      return [
        {
          phoneId: phone.id,
          nominalId: c.nominalId,
          name: phone.number,
          ...(c.from ? { from: c.from } : {}),
          ...(c.to ? { to: c.to } : {}),
        },
      ];
    });
    const attributed = attributionLinks(chosen, { workspaceId: loaded.workspace.id });
    if (!attributed.ok) {
      setAttributionIssues(attributed.errors);
      return;
    }
    setAttributionIssues([]);
    const links = [...p.doc.records.links, ...attributed.value];
    const what = `Imported ${p.summary.newPhones} phones and ${p.summary.callLinks} call links from ${p.name}${chosen.length ? `, with ${chosen.length} numbers attributed` : ''}.`;
    void execute(
      importRecords(loaded.workspace.id, { ...p.doc.records, links }, `call records ${p.name}`),
      what,
    ).then(() => {
      setPending(null);
      setChoices({});
    });
  };

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
    setChoices({});
    setPending({
      name: picked.name,
      doc: read.value,
      summary: summariseCalls(read.value, known),
      phones: phonesInCalls(read.value, loaded.entities),
    });
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
          <AttributionTable
            phones={pending.phones}
            people={people}
            choices={choices}
            onChange={(phoneId, choice) => setChoices({ ...choices, [phoneId]: choice })}
          />
          <IssueList issues={attributionIssues} title="An attribution needs fixing." />
          <button type="button" disabled={busy} onClick={() => importCalls(pending)}>
            Import call records
          </button>
        </>
      )}
      <StatusLine status={status} />
    </section>
  );
}
