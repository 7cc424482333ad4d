import { describe, expect, it } from 'vitest';
import { auditToCsv, csvCell } from '../../../shared/audit';
import type { AuditEvent } from '../../../shared/model';

const event: AuditEvent = {
  seq: 1,
  at: '2026-01-01T09:00:00.000Z',
  actor: 'Analyst, "Jo"',
  action: 'export',
  subject: 'profile',
  targets: ['ent_00000000000000000001', 'ent_00000000000000000002'],
  detail: '=HYPERLINK("http://evil.example","click")\nsecond line',
  prevHash: '',
  hash: 'a'.repeat(64),
};

/** A small RFC 4180 reader, to check the writer's output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

describe('audit CSV', () => {
  it('quotes commas, quotes and new lines so every cell parses back', () => {
    const rows = parseCsv(auditToCsv([event]));
    expect(rows[0]).toEqual([
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
    ]);
    expect(rows[1]?.[2]).toBe('Analyst, "Jo"');
    expect(rows[1]?.[5]).toBe('ent_00000000000000000001;ent_00000000000000000002');
    expect(rows).toHaveLength(2);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const rows = parseCsv(auditToCsv([event]));
    expect(rows[1]?.[7]).toBe(`'${event.detail}`);
    for (const lead of ['=', '+', '-', '@']) expect(csvCell(`${lead}1+1`)).toBe(`'${lead}1+1`);
    expect(csvCell('plain text')).toBe('plain text');
  });
});
