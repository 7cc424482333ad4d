import { fieldOf } from './fields';
import type { Mapping } from './mappingSchema';
import { parseCell } from './parseCell';
import type { Table } from './table';

export interface PreviewCell {
  template: string;
  field: string;
  raw: string;
  /** The parsed value as it would be stored, or the reason it cannot be. */
  shown: string;
  ok: boolean;
}

/** Parsed values of every mapped typed cell for the first rows: the wizard's live preview. */
export function previewRows(table: Table, mapping: Mapping, count = 5): PreviewCell[][] {
  const columns = new Map(table.columns.map((c, i) => [c, i]));
  const options = { dateFormat: mapping.dateFormat, defaultRegion: mapping.defaultRegion };
  return table.rows.slice(0, count).map((row) => {
    const cells: PreviewCell[] = [];
    for (const t of mapping.entities)
      for (const [name, col] of Object.entries(t.fields)) {
        const field = fieldOf(t.kind, name);
        const index = columns.get(col);
        if (!field || index === undefined) continue;
        const raw = row[index] ?? '';
        if (raw === '') continue;
        const parsed = parseCell(raw, field.type, options);
        cells.push({
          template: t.key,
          field: field.label,
          raw,
          shown: parsed.ok ? [parsed.value].flat().join('; ') : parsed.message,
          ok: parsed.ok,
        });
      }
    return cells;
  });
}
