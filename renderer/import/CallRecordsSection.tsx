import { useMemo, useState } from 'react';
import {
  applyCdrMapping,
  attributionLinks,
  cdrMappingSchema,
  guessCdrMapping,
  parseCdrMapping,
  writeCdrMappingFile,
  type FormatIssue,
  type GraphDocument,
} from '../../shared/formats';
import type { Table } from '../../shared/formats/mapping';
import { newId } from '../../shared/model';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { importRecords } from '../store/commands';
import { AttributionTable, type AttributionChoice } from './AttributionTable';
import { applyBatch, defaultBatch, type BatchDetails } from './batch';
import { BatchDetailsForm } from './BatchDetailsForm';
import { CdrMappingEditor, type CdrDraft } from './CdrMappingEditor';
import { phonesInCalls, summariseCalls, type CallSummary, type PhoneInCalls } from './cdrSummary';
import { IssueList } from './IssueList';
import { PreviewTable } from './PreviewTable';
import { readSpreadsheet } from './readSpreadsheet';
import { StatusLine, useImportRun } from './useImportRun';
import { WarningList } from './WarningList';
import { knownPhones } from './workspaceRecords';

type Props = Pick<WorkspaceModuleProps, 'loaded' | 'run' | 'platform' | 'today'>;

interface Checked {
  doc: GraphDocument;
  summary: CallSummary;
  phones: PhoneInCalls[];
}

/**
 * Call data records (CSV or Excel): the columns mapped like the spreadsheet wizard's (guessed from
 * the headers, changeable, saved and loaded as a .json file), then phones joined to those already
 * here and one aggregated call link per pair, with an optional attribution of numbers to people.
 */
export function CallRecordsSection({ loaded, run, platform, today }: Props) {
  const [file, setFile] = useState<{ name: string; table: Table } | null>(null);
  const [draft, setDraft] = useState<CdrDraft>({ dateFormat: 'auto-dmy', defaultRegion: 'GB' });
  const [checked, setChecked] = useState<Checked | null>(null);
  const [issues, setIssues] = useState<FormatIssue[]>([]);
  const [choices, setChoices] = useState<Record<string, AttributionChoice>>({});
  const [attributionIssues, setAttributionIssues] = useState<FormatIssue[]>([]);
  const [batch, setBatch] = useState<BatchDetails>(() => defaultBatch('call records', today));
  const { status, setStatus, busy, execute } = useImportRun(run);
  const people = useMemo(
    () =>
      [...loaded.entities.values()]
        .filter((e) => e.kind === 'nominal')
        .map((e) => ({ id: e.id, label: e.label }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [loaded],
  );

  const changeDraft = (d: CdrDraft) => {
    setDraft(d);
    setChecked(null);
  };

  const choose = async () => {
    const picked = await platform.openFile({
      title: 'Choose call data records',
      filters: [{ name: 'Call records (CSV or Excel)', extensions: ['csv', 'txt', 'xlsx'] }],
    });
    if (!picked) return;
    setStatus(null);
    setChecked(null);
    const table = await readSpreadsheet(picked);
    if (!table.ok) {
      setFile(null);
      setIssues(table.errors);
      return;
    }
    setIssues([]);
    setFile({ name: picked.name, table: table.value });
    setBatch(defaultBatch(picked.name, today));
    setDraft({
      dateFormat: 'auto-dmy',
      defaultRegion: 'GB',
      ...guessCdrMapping(table.value.columns),
    });
  };

  const check = () => {
    if (!file) return;
    const mapping = cdrMappingSchema.safeParse(draft);
    if (!mapping.success) {
      setChecked(null);
      setIssues([
        { where: 'mapping', message: mapping.error.issues[0]?.message ?? 'Choose the columns.' },
      ]);
      return;
    }
    const known = knownPhones(loaded);
    const read = applyCdrMapping(
      file.table,
      mapping.data,
      { workspaceId: loaded.workspace.id },
      { knownPhones: known },
    );
    if (!read.ok) {
      setChecked(null);
      setIssues(read.errors);
      return;
    }
    setIssues([]);
    setChoices({});
    setChecked({
      doc: read.value,
      summary: summariseCalls(read.value, known),
      phones: phonesInCalls(read.value, loaded.entities),
    });
  };

  /** The calls plus a dated "Uses phone" link per attributed number; any bad period refuses all. */
  const importCalls = (c: Checked) => {
    if (!file) return;
    const chosen = c.phones.flatMap((phone) => {
      const ch = choices[phone.id];
      if (!ch?.nominalId) return [];
      return [
        {
          phoneId: phone.id,
          nominalId: ch.nominalId,
          name: phone.number,
          ...(ch.from ? { from: ch.from } : {}),
          ...(ch.to ? { to: ch.to } : {}),
        },
      ];
    });
    const attributed = attributionLinks(chosen, { workspaceId: loaded.workspace.id });
    if (!attributed.ok) {
      setAttributionIssues(attributed.errors);
      return;
    }
    setAttributionIssues([]);
    const stamped = applyBatch(
      { ...c.doc.records, links: [...c.doc.records.links, ...attributed.value] },
      batch,
      loaded.workspace,
      { now: new Date().toISOString(), newId },
    );
    if (!stamped.ok) {
      setStatus({ ok: false, text: stamped.message });
      return;
    }
    const what = `Imported ${c.summary.newPhones} phones and ${c.summary.callLinks} call links from ${file.name}${chosen.length ? `, with ${chosen.length} numbers attributed` : ''}.`;
    void execute(
      importRecords(loaded.workspace.id, stamped.value, `call records ${file.name}`),
      what,
    ).then(() => {
      setChecked(null);
      setChoices({});
    });
  };

  const saveMapping = () => {
    const mapping = cdrMappingSchema.safeParse(draft);
    if (!mapping.success) {
      setIssues([
        {
          where: 'mapping',
          message: mapping.error.issues[0]?.message ?? 'Choose the columns first.',
        },
      ]);
      return;
    }
    void platform.saveFile({
      suggestedName: 'call-records-mapping.json',
      data: writeCdrMappingFile(mapping.data),
      mimeType: 'application/json',
    });
  };

  const loadMapping = async () => {
    const picked = await platform.openFile({
      title: 'Choose a saved call records mapping',
      filters: [{ name: 'Call records mapping', extensions: ['json'] }],
    });
    if (!picked) return;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(picked.bytes));
    } catch {
      setIssues([
        {
          where: picked.name,
          message: 'The file is not JSON; choose a mapping saved from Linchpin.',
        },
      ]);
      return;
    }
    const read = parseCdrMapping(json);
    if (!read.ok) setIssues([{ where: picked.name, message: read.message }]);
    else {
      setIssues([]);
      changeDraft(read.value);
    }
  };

  const s = checked?.summary;
  return (
    <section className="import-section" aria-labelledby="import-cdr-title">
      <h3 id="import-cdr-title">Call data records</h3>
      <p className="import-hint">
        A CSV or Excel file of calls: caller and called numbers, a start (or a date and a time), and
        optionally duration, direction, type, cell id and handset. Any delimiter.
      </p>
      <div className="import-row">
        <button type="button" onClick={() => void choose()}>
          Choose call records…
        </button>
        <button type="button" onClick={() => void loadMapping()}>
          Load call records mapping…
        </button>
        <button type="button" disabled={!file} onClick={saveMapping}>
          Save call records mapping…
        </button>
      </div>
      <IssueList issues={issues} title="The call records cannot be read." />
      {file && (
        <>
          <PreviewTable table={file.table} name={file.name} />
          <CdrMappingEditor draft={draft} columns={file.table.columns} onChange={changeDraft} />
          <button type="button" onClick={check}>
            Check call records
          </button>
        </>
      )}
      {checked && s && (
        <>
          <dl className="import-summary" aria-label="Call records summary">
            <dt>New phones</dt>
            <dd>{s.newPhones}</dd>
            <dt>Phones already in the workspace</dt>
            <dd>{s.existingPhones}</dd>
            <dt>Call links</dt>
            <dd>
              {s.callLinks} ({callWords(s)})
            </dd>
            <dt>Dates</dt>
            <dd>{s.from && s.to ? `${s.from} to ${s.to}` : 'none'}</dd>
          </dl>
          <WarningList warnings={checked.doc.warnings} />
          <AttributionTable
            phones={checked.phones}
            people={people}
            choices={choices}
            onChange={(phoneId, choice) => setChoices({ ...choices, [phoneId]: choice })}
          />
          <IssueList issues={attributionIssues} title="An attribution needs fixing." />
          <BatchDetailsForm
            value={batch}
            onChange={setBatch}
            intel={[...loaded.intel.values()]}
            classification={loaded.workspace.classification}
          />
          <button type="button" disabled={busy} onClick={() => importCalls(checked)}>
            Import call records
          </button>
        </>
      )}
      <StatusLine status={status} />
    </section>
  );
}

/** "4 voice calls, 2 texts, 1 other event": what the call links hold. */
function callWords(s: CallSummary): string {
  const parts = [`${s.calls} voice ${s.calls === 1 ? 'call' : 'calls'}`];
  if (s.sms) parts.push(`${s.sms} ${s.sms === 1 ? 'text' : 'texts'}`);
  if (s.other) parts.push(`${s.other} other ${s.other === 1 ? 'event' : 'events'}`);
  return parts.join(', ');
}
