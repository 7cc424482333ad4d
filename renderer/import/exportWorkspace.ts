import {
  describeIssues,
  writeDocument,
  type FileFormat,
  type WriteOptions,
} from '../../shared/formats';
import type { WorkspaceModuleProps } from '../app/moduleProps';
import { storedPositions } from './storedPositions';
import { documentOf } from './workspaceRecords';

const MIME: Record<FileFormat, string> = {
  graphml: 'application/graphml+xml',
  gexf: 'application/xml',
  anx: 'application/xml',
  json: 'application/json',
  csv: 'text/csv',
};

export const EXPORT_LABELS: Record<FileFormat, string> = {
  anx: 'i2 Analyst’s Notebook (ANX)',
  graphml: 'GraphML',
  gexf: 'GEXF (Gephi, networkx)',
  json: 'JSON',
  csv: 'CSV (edges and nodes)',
};

function safeName(name: string): string {
  return name.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '') || 'workspace';
}

/**
 * Writes the whole workspace in one format through the platform and logs the disclosure in the
 * audit log (DPA 2018 s.62). Returns a sentence for the screen; throws nothing.
 */
export async function exportWorkspace(
  format: FileFormat,
  { loaded, platform, audit }: Pick<WorkspaceModuleProps, 'loaded' | 'platform' | 'audit'>,
  options: WriteOptions = {},
): Promise<{ ok: boolean; text: string }> {
  const doc = documentOf(loaded);
  const positions = storedPositions(loaded);
  const written = writeDocument(format, doc, { ...(positions ? { positions } : {}), ...options });
  if (!written.ok)
    return { ok: false, text: `The export failed: ${describeIssues(written.errors)}` };
  const base = safeName(loaded.workspace.name);
  const files =
    format === 'csv'
      ? [
          { name: `${base}-edges.csv`, data: written.value.main },
          { name: `${base}-nodes.csv`, data: written.value.nodes ?? '' },
        ]
      : [{ name: `${base}.${format}`, data: written.value.main }];
  const saved: string[] = [];
  for (const f of files) {
    const ok = await platform.saveFile({
      suggestedName: f.name,
      data: f.data,
      mimeType: MIME[format],
    });
    if (ok) saved.push(f.name);
  }
  if (!saved.length) return { ok: true, text: 'Export cancelled. Nothing was written.' };
  const { entities, links } = doc.records;
  await audit.record({
    action: 'export',
    subject: 'workspace',
    targets: [loaded.workspace.id],
    workspaceId: loaded.workspace.id,
    detail: `${EXPORT_LABELS[format]}${options.gexfVersion === '1.3' ? ' 1.3' : ''}: ${entities.length} entities, ${links.length} links to ${saved.join(', ')}`,
  });
  return {
    ok: true,
    text: `Exported ${entities.length} entities and ${links.length} links to ${saved.join(' and ')}.`,
  };
}
