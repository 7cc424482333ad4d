import { useState } from 'react';
import {
  diffBundle,
  FILE_FORMATS,
  formatOfPath,
  readDocument,
  type FormatIssue,
  type WorkspaceRecords,
} from '../../shared/formats';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { importRecords } from '../store/commands';
import { EXPORT_LABELS, exportWorkspace } from './exportWorkspace';
import { IssueList } from './IssueList';
import { StatusLine, useImportRun } from './useImportRun';
import { countText, recordsOf } from './workspaceRecords';

const IMPORTABLE = ['graphml', 'gexf', 'anx', 'json'];

/**
 * Graph files in (records whose ids are already here are left alone: merging copies is the
 * bundle's job) and the workspace out in every format, each export logged.
 */
export function FormatsSection(props: WorkspaceModuleProps) {
  const { loaded, run, platform } = props;
  const [pending, setPending] = useState<{
    name: string;
    fresh: WorkspaceRecords;
    skipped: number;
  } | null>(null);
  const [issues, setIssues] = useState<FormatIssue[]>([]);
  const { status, setStatus, busy, execute } = useImportRun(run);

  const choose = async () => {
    const picked = await platform.openFile({
      title: 'Choose a chart or graph file',
      filters: [{ name: 'Graph files', extensions: IMPORTABLE }],
    });
    if (!picked) return;
    setStatus(null);
    const format = formatOfPath(picked.name);
    if (!format || !IMPORTABLE.includes(format)) {
      setPending(null);
      setIssues([{ where: picked.name, message: 'Choose a .graphml, .gexf, .anx or .json file.' }]);
      return;
    }
    const read = readDocument(format, picked.bytes, { workspaceId: loaded.workspace.id });
    if (!read.ok) {
      setPending(null);
      setIssues(read.errors);
      return;
    }
    setIssues([]);
    const diff = diffBundle(recordsOf(loaded), read.value.records);
    const fresh = { entities: diff.entities.new, links: diff.links.new, intel: diff.intel.new };
    const all = read.value.records;
    const skipped =
      all.entities.length +
      all.links.length +
      all.intel.length -
      (fresh.entities.length + fresh.links.length + fresh.intel.length);
    setPending({ name: picked.name, fresh, skipped });
  };

  return (
    <section className="import-section" aria-labelledby="import-formats-title">
      <h3 id="import-formats-title">Charts and graph files</h3>
      <button type="button" onClick={() => void choose()}>
        Import GraphML, GEXF, ANX or JSON…
      </button>
      <IssueList issues={issues} title="The file cannot be imported." />
      {pending && (
        <>
          <p>
            {pending.name}: {countText(pending.fresh)} are new.
            {pending.skipped > 0 &&
              ` ${pending.skipped} records are already in this workspace and will be left as they are.`}
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void execute(
                importRecords(loaded.workspace.id, pending.fresh, `file ${pending.name}`),
                `Imported ${countText(pending.fresh)} from ${pending.name}.`,
              ).then(() => setPending(null))
            }
          >
            Import new records
          </button>
        </>
      )}
      <h4>Export this workspace</h4>
      <div className="import-row">
        {FILE_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            onClick={() => void exportWorkspace(f, props).then(setStatus)}
          >
            Export {EXPORT_LABELS[f]}
          </button>
        ))}
      </div>
      <StatusLine status={status} />
    </section>
  );
}
