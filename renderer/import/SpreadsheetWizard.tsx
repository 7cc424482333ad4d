import { useState } from 'react';
import type { FormatIssue } from '../../shared/formats';
import {
  mappingSchema,
  readMappingFile,
  writeMappingFile,
  type Mapping,
  type MappingOutcome,
  type Table,
} from '../../shared/formats/mapping';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { newId } from '../../shared/model';
import { importRecords } from '../store/commands';
import { IssueList } from './IssueList';
import { LivePreview } from './LivePreview';
import { MappingEditor } from './MappingEditor';
import { startingMapping } from './mappingDraft';
import { PreviewTable } from './PreviewTable';
import { readSpreadsheet } from './readSpreadsheet';
import { runMapping } from './runMapping';
import { StatusLine, useImportRun } from './useImportRun';
import { applyBatch, defaultBatch, type BatchDetails } from './batch';
import { BatchDetailsForm } from './BatchDetailsForm';
import { ImportReport } from './ImportReport';
import { existingIdentities } from './workspaceRecords';

type Props = Pick<WorkspaceModuleProps, 'loaded' | 'run' | 'platform' | 'today'>;

/** CSV or XLSX: preview, map columns with a live preview, check every row, then import all or nothing. */
export function SpreadsheetWizard({ loaded, run, platform, today }: Props) {
  const [file, setFile] = useState<{ name: string; table: Table } | null>(null);
  const [issues, setIssues] = useState<FormatIssue[]>([]);
  const [mapping, setMappingState] = useState<Mapping | null>(null);
  const [outcome, setOutcome] = useState<MappingOutcome | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [batch, setBatch] = useState<BatchDetails>(() => defaultBatch('spreadsheet', today));
  const { status, setStatus, busy, execute } = useImportRun(run);

  const setMapping = (m: Mapping) => {
    setMappingState(m);
    setOutcome(null);
  };

  const choose = async () => {
    const picked = await platform.openFile({
      title: 'Choose a spreadsheet',
      filters: [{ name: 'Spreadsheets', extensions: ['csv', 'xlsx'] }],
    });
    if (!picked) return;
    setStatus(null);
    setOutcome(null);
    const table = await readSpreadsheet(picked);
    if (!table.ok) {
      setFile(null);
      setIssues(table.errors);
      return;
    }
    setIssues([]);
    setFile({ name: picked.name, table: table.value });
    setBatch(defaultBatch(picked.name, today));
    setMapping(mapping ?? startingMapping(table.value.columns));
  };

  const check = async () => {
    if (!file || !mapping) return;
    const valid = mappingSchema.safeParse(mapping);
    if (!valid.success) {
      const message = valid.error.issues[0]?.message ?? 'The mapping is incomplete.';
      setOutcome({
        result: { ok: false, errors: [{ where: 'mapping', message }] },
        report: {
          rowCount: file.table.rows.length,
          badRows: [],
          newEntities: 0,
          links: 0,
          rows: [],
        },
      });
      return;
    }
    const context = { workspaceId: loaded.workspace.id, existing: existingIdentities(loaded) };
    setProgress({ done: 0, total: file.table.rows.length });
    const result = await runMapping(file.table, valid.data, context, (done, total) =>
      setProgress({ done, total }),
    );
    setProgress(null);
    setOutcome(result);
  };

  const saveMapping = async () => {
    if (!mapping) return;
    await platform.saveFile({
      suggestedName: 'column-mapping.json',
      data: writeMappingFile(mapping),
      mimeType: 'application/json',
    });
  };

  const loadMapping = async () => {
    const picked = await platform.openFile({
      title: 'Choose a saved mapping',
      filters: [{ name: 'Column mapping', extensions: ['json'] }],
    });
    if (!picked) return;
    const read = readMappingFile(picked.bytes);
    if (!read.ok) setIssues(read.errors);
    else {
      setIssues([]);
      setMapping(read.value);
    }
  };

  const records = outcome?.result.ok ? outcome.result.value : null;
  const importAll = () => {
    if (!records || !file) return;
    const stamped = applyBatch(records, batch, loaded.workspace, {
      now: new Date().toISOString(),
      newId,
    });
    if (!stamped.ok) {
      setStatus({ ok: false, text: stamped.message });
      return;
    }
    const r = stamped.value;
    void execute(
      importRecords(loaded.workspace.id, r, `spreadsheet ${file.name}`),
      `Imported ${r.entities.length} entities and ${r.links.length} links from ${file.name}.`,
    ).then(() => setOutcome(null));
  };
  const saveReport = (csv: string) =>
    void platform.saveFile({
      suggestedName: `${file?.name ?? 'spreadsheet'}-import-report.csv`,
      data: csv,
      mimeType: 'text/csv',
    });
  return (
    <section className="import-section" aria-labelledby="import-sheet-title">
      <h3 id="import-sheet-title">Spreadsheet (CSV or Excel)</h3>
      <div className="import-row">
        <button type="button" onClick={() => void choose()}>
          Choose spreadsheet…
        </button>
        <button type="button" onClick={() => void loadMapping()}>
          Load mapping…
        </button>
        <button type="button" disabled={!mapping} onClick={() => void saveMapping()}>
          Save mapping…
        </button>
      </div>
      <p className="import-hint">
        Mappings are saved as a .json file you keep beside your spreadsheets, and loaded again here.
      </p>
      <IssueList issues={issues} title="The file cannot be read." />
      {file && mapping && (
        <>
          <PreviewTable table={file.table} name={file.name} />
          <h4>Columns to entities and links</h4>
          <MappingEditor mapping={mapping} columns={file.table.columns} onChange={setMapping} />
          <h4>Parsed values (first rows)</h4>
          <LivePreview table={file.table} mapping={mapping} />
          <div className="import-row">
            <button type="button" onClick={() => void check()} disabled={progress !== null}>
              Check all rows
            </button>
            {progress && (
              <progress aria-label="Rows checked" max={progress.total} value={progress.done}>
                {progress.done} of {progress.total}
              </progress>
            )}
          </div>
          {outcome && (
            <ImportReport
              outcome={outcome}
              labelOf={(id) => loaded.entities.get(id)?.label}
              onSave={saveReport}
            />
          )}
          <BatchDetailsForm
            value={batch}
            onChange={setBatch}
            intel={[...loaded.intel.values()]}
            classification={loaded.workspace.classification}
          />
          <button type="button" disabled={!records || busy} onClick={importAll}>
            Import all rows
          </button>
        </>
      )}
      <StatusLine status={status} />
    </section>
  );
}
