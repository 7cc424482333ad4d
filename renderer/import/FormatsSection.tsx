import { useState } from 'react';
import {
  formatOfPath,
  readDocument,
  readTypeMapFile,
  writeTypeMapFile,
  type FileFormat,
  type FormatIssue,
  type GraphDocument,
  type TypeMap,
} from '../../shared/formats';
import { newId } from '../../shared/model';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { importRecords } from '../store/commands';
import { applyBatch, defaultBatch, type BatchDetails } from './batch';
import { BatchDetailsForm } from './BatchDetailsForm';
import { ExportButtons } from './ExportButtons';
import { IssueList } from './IssueList';
import { prepareImport, type Prepared } from './prepareImport';
import { trackedIds } from './trackedIds';
import { TypeMappingStep } from './TypeMappingStep';
import { StatusLine, useImportRun } from './useImportRun';
import { WarningList } from './WarningList';
import { countText } from './workspaceRecords';

const IMPORTABLE = ['graphml', 'gexf', 'anx', 'json'];

interface Reading {
  name: string;
  format: FileFormat;
  bytes: Uint8Array;
  doc: GraphDocument;
  prepared: Prepared;
}

/**
 * Graph files in: GraphML (yEd, Gephi, igraph, networkx...), GEXF, i2 ANX (with a step that maps
 * its entity types to kinds) and Linchpin JSON. Records this workspace already holds are left
 * alone; everything else comes in with fresh ids, the batch's marking, review date and provenance,
 * and a list of what the reader left out or changed. The workspace goes out in every format.
 */
export function FormatsSection(props: WorkspaceModuleProps) {
  const { loaded, run, platform, today } = props;
  const [reading, setReading] = useState<Reading | null>(null);
  const [typeMap, setTypeMap] = useState<TypeMap>({});
  const [issues, setIssues] = useState<FormatIssue[]>([]);
  const [batch, setBatch] = useState<BatchDetails>(() => defaultBatch('file', today));
  const { status, setStatus, busy, execute } = useImportRun(run);

  const read = (name: string, format: FileFormat, bytes: Uint8Array, map: TypeMap) => {
    const ids = trackedIds();
    const doc = readDocument(
      format,
      bytes,
      { workspaceId: loaded.workspace.id, newId: ids.newId },
      { typeMap: map },
    );
    if (!doc.ok) {
      setReading(null);
      setIssues(doc.errors);
      return;
    }
    setIssues([]);
    const prepared = prepareImport(doc.value.records, loaded, { minted: ids.minted });
    setReading({ name, format, bytes, doc: doc.value, prepared });
  };

  const choose = async () => {
    const picked = await platform.openFile({
      title: 'Choose a chart or graph file',
      filters: [{ name: 'Graph files', extensions: IMPORTABLE }],
    });
    if (!picked) return;
    setStatus(null);
    const format = formatOfPath(picked.name);
    if (!format || !IMPORTABLE.includes(format)) {
      setReading(null);
      setIssues([{ where: picked.name, message: 'Choose a .graphml, .gexf, .anx or .json file.' }]);
      return;
    }
    setBatch(defaultBatch(picked.name, today));
    read(picked.name, format, picked.bytes, typeMap);
  };

  const changeTypes = (map: TypeMap) => {
    setTypeMap(map);
    if (reading) read(reading.name, reading.format, reading.bytes, map);
  };

  const saveTypes = () => {
    const all: TypeMap = Object.fromEntries(
      (reading?.doc.types ?? []).map((t) => [t.type, typeMap[t.type] ?? t.kind]),
    );
    void platform.saveFile({
      suggestedName: 'i2-type-mapping.json',
      data: writeTypeMapFile({ ...typeMap, ...all }),
      mimeType: 'application/json',
    });
  };

  const loadTypes = async () => {
    const picked = await platform.openFile({
      title: 'Choose a saved type mapping',
      filters: [{ name: 'Type mapping', extensions: ['json'] }],
    });
    if (!picked) return;
    const map = readTypeMapFile(picked.bytes);
    if (!map.ok) setIssues(map.errors);
    else changeTypes(map.value);
  };

  const importFile = (r: Reading) => {
    const stamped = applyBatch(r.prepared.fresh, batch, loaded.workspace, {
      now: new Date().toISOString(),
      newId,
    });
    if (!stamped.ok) {
      setStatus({ ok: false, text: stamped.message });
      return;
    }
    void execute(
      importRecords(loaded.workspace.id, stamped.value, `file ${r.name}`),
      `Imported ${countText(stamped.value)} from ${r.name}.`,
    ).then(() => setReading(null));
  };

  const matched = reading?.prepared.matched ?? [];
  return (
    <section className="import-section" aria-labelledby="import-formats-title">
      <h3 id="import-formats-title">Charts and graph files</h3>
      <button type="button" onClick={() => void choose()}>
        Import GraphML, GEXF, ANX or JSON…
      </button>
      <IssueList issues={issues} title="The file cannot be imported." />
      {reading && (
        <>
          {reading.format === 'anx' && (
            <TypeMappingStep
              types={reading.doc.types}
              map={typeMap}
              onChange={changeTypes}
              onSave={saveTypes}
              onLoad={() => void loadTypes()}
            />
          )}
          <p role="status">
            {reading.name}: {countText(reading.prepared.fresh)} are new.
            {matched.length > 0 &&
              ` ${matched.length} records are already in this workspace and will be left as they are.`}
          </p>
          {matched.length > 0 && (
            <details>
              <summary>Records already here</summary>
              <ul>
                {matched.slice(0, 50).map((m) => (
                  <li key={`${m.table}:${m.id}`}>{m.label}</li>
                ))}
              </ul>
              {matched.length > 50 && <p>…and {matched.length - 50} more.</p>}
            </details>
          )}
          <WarningList warnings={reading.doc.warnings} />
          <BatchDetailsForm
            value={batch}
            onChange={setBatch}
            intel={[...loaded.intel.values()]}
            classification={loaded.workspace.classification}
          />
          <button type="button" disabled={busy} onClick={() => importFile(reading)}>
            Import new records
          </button>
        </>
      )}
      <ExportButtons {...props} onDone={setStatus} />
      <StatusLine status={status} />
    </section>
  );
}
