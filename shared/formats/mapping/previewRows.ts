import { fieldOf } from './fields';
import type { Mapping } from './mappingSchema';
import { parseCell } from './parseCell';
import { parseDate } from './parseDate';
import { parseGrade } from './parseGrade';
import type { Table } from './table';

export interface PreviewCell {
  template: string;
  field: string;
  raw: string;
  /** The parsed value as it would be stored, or the reason it cannot be. */
  shown: string;
  ok: boolean;
}

/** Parsed values of every mapped cell and link date or grade for the first rows: the live preview. */
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
    mapping.links.forEach((l, i) => {
      const cell = (col: string | undefined) => (col ? (row[columns.get(col) ?? -1] ?? '') : '');
      const push = (
        field: string,
        raw: string,
        parsed: { ok: true; value: string } | { ok: false; message: string },
      ) =>
        cells.push({
          template: `link ${i + 1}`,
          field,
          raw,
          shown: parsed.ok ? parsed.value : parsed.message,
          ok: parsed.ok,
        });
      for (const [field, col] of [
        ['First seen', l.firstSeen],
        ['Last seen', l.lastSeen],
      ] as const) {
        const raw = cell(col);
        if (raw) push(field, raw, parseDate(raw, mapping.dateFormat));
      }
      const grade = cell(l.grade);
      if (grade) {
        const g = parseGrade(grade, cell(l.conditions));
        push(
          'Grade',
          grade,
          g.ok
            ? { ok: true, value: `${g.value.source}${g.value.intelligence} ${g.value.handling}` }
            : g,
        );
      }
    });
    return cells;
  });
}
