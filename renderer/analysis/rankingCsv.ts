import { classificationMarking, type Classification } from '../../shared/model';
import type { RankingRow } from './rankingRows';

/**
 * A cell as CSV: quoted when it holds a comma, quote or line break, and with a leading
 * apostrophe when it starts like a spreadsheet formula (=, +, -, @, tab, CR) so that a planted
 * label cannot run as a formula when a partner opens the file.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
