import { FILE_FORMATS } from '../../shared/formats';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { EXPORT_LABELS, exportWorkspace } from './exportWorkspace';

/** The workspace out in every format; GEXF in 1.2draft (networkx, Gephi 0.8-0.9) or 1.3 (Gephi 0.10). */
export function ExportButtons(
  props: WorkspaceModuleProps & { onDone: (s: { ok: boolean; text: string }) => void },
) {
  const { onDone, ...module } = props;
  return (
    <>
      <h4>Export this workspace</h4>
      <div className="import-row">
        {FILE_FORMATS.map((f) => (
          <button
            key={f}
            type="button"
            onClick={() => void exportWorkspace(f, module).then(onDone)}
          >
            Export {EXPORT_LABELS[f]}
          </button>
        ))}
        <button
          type="button"
          onClick={() => void exportWorkspace('gexf', module, { gexfVersion: '1.3' }).then(onDone)}
        >
          Export GEXF 1.3 (Gephi 0.10)
        </button>
      </div>
    </>
  );
}
