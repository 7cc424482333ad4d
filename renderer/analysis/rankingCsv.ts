import { csvCell as auditCsvCell } from '../../shared/audit';
import { classificationMarking, type Classification } from '../../shared/model';
import type { RankingRow } from './rankingRows';

/** Quoted where needed and guarded against formulas (=, +, -, @) like every CSV we write. */
export const csvCell = (value: string | number): string =>
  typeof value === 'number' ? String(value) : auditCsvCell(value);

/**
 * The ranking as CSV, marked with the workspace's classification on the first and last lines
 * as every export must be. Values are written in full precision for further analysis.
 */
export function rankingCsv(
  rows: readonly RankingRow[],
  measureLabel: string,
  classification: Classification,
): string {
  const marking = csvCell(classificationMarking(classification));
  const lines = [
    marking,
    ['rank', 'label', 'kind', 'id', measureLabel].map(csvCell).join(','),
    ...rows.map((r) => [r.rank, r.label, r.kind, r.id, r.value].map(csvCell).join(',')),
    marking,
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name from the workspace and measure names, safe on every system. */
export function csvFileName(workspaceName: string, measureLabel: string): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug(workspaceName) || 'workspace'}-${slug(measureLabel)}-ranking.csv`;
}
