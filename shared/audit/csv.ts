import type { AuditEvent } from '../model';

const COLUMNS = [
  'seq',
  'at',
  'actor',
  'action',
  'subject',
  'targets',
  'workspaceId',
  'detail',
  'prevHash',
  'hash',
] as const;

/**
 * Spreadsheets run cells that start with these as formulas (CSV injection, OWASP); a leading
 * apostrophe makes them plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || /^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV of the audit log, one event per row, CRLF line ends, header row first. */
export function auditToCsv(events: readonly AuditEvent[]): string {
  const rows = [COLUMNS.join(',')];
  for (const e of events) {
    const cells: Record<(typeof COLUMNS)[number], string> = {
      seq: String(e.seq),
      at: e.at,
      actor: e.actor,
      action: e.action,
      subject: e.subject,
      targets: e.targets.join(';'),
      workspaceId: e.workspaceId ?? '',
      detail: e.detail,
      prevHash: e.prevHash,
      hash: e.hash,
    };
    rows.push(COLUMNS.map((c) => csvCell(cells[c])).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
