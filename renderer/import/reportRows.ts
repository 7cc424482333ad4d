import type { MappingOutcome, RowOutcome } from '../../shared/formats/mapping';
import { ENTITY_KINDS, type EntityKind } from '../../shared/model';

/** One line of the import report, in the words the screen and the saved report use. */
export interface ReportLine {
  row: number;
  outcome: 'Refused' | 'Created' | 'Matched' | 'Joined' | 'Nothing';
  what: string[];
  notes: string[];
  flagged: boolean;
}

const kindWord = (kind: string) =>
  (ENTITY_KINDS[kind as EntityKind]?.label ?? kind).replace(/ \(.*\)$/, '').toLowerCase();

/** Every row of a checked spreadsheet: what it created, matched (and which record), joined or why it was refused. */
export function reportLines(
  outcome: MappingOutcome,
  labelOf: (id: string) => string | undefined,
): ReportLine[] {
  return outcome.report.rows.map((r: RowOutcome) => {
    const what = r.entities.map((e) => {
      if (e.outcome === 'created') return `Creates ${kindWord(e.kind)} “${e.label}”`;
      if (e.outcome === 'joined')
        return `Same ${kindWord(e.kind)} as row ${e.firstRow ?? '?'} (“${e.label}”)`;
      return `Matches ${kindWord(e.kind)} “${labelOf(e.id) ?? e.label}” already in the workspace`;
    });
    if (r.links) what.push(`${r.links} ${r.links === 1 ? 'link' : 'links'}`);
    const has = (o: string) => r.entities.some((e) => e.outcome === o);
    const main: ReportLine['outcome'] =
      r.status === 'refused'
        ? 'Refused'
        : has('created')
          ? 'Created'
          : has('matched')
            ? 'Matched'
            : has('joined')
              ? 'Joined'
              : 'Nothing';
    return {
      row: r.row,
      outcome: main,
      what: r.status === 'refused' ? [] : what,
      notes: [...r.problems, ...r.flags],
      flagged: r.flags.length > 0,
    };
  });
}

export interface ReportCounts {
  rows: number;
  refused: number;
  created: number;
  matched: number;
  joined: number;
  flagged: number;
}

export function reportCounts(
  lines: readonly ReportLine[],
  rows: readonly RowOutcome[],
): ReportCounts {
  const any = (o: string) =>
    rows.filter((r) => r.status === 'ok' && r.entities.some((e) => e.outcome === o)).length;
  return {
    rows: lines.length,
    refused: lines.filter((l) => l.outcome === 'Refused').length,
    created: any('created'),
    matched: any('matched'),
    joined: any('joined'),
    flagged: lines.filter((l) => l.flagged).length,
  };
}

const cell = (v: string | number) => {
  const t = String(v);
  // The report may open in a spreadsheet: quote everything, and defuse formula-like text.
  const safe = /^[=+\-@\t\r]/.test(t) ? `'${t}` : t;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** The whole report as CSV, for the analyst to keep with the source file. */
export function reportCsv(lines: readonly ReportLine[]): string {
  const out = [['Row', 'Outcome', 'What happened', 'Problems and flags'].map(cell).join(',')];
  for (const l of lines)
    out.push([l.row, l.outcome, l.what.join('; '), l.notes.join(' ')].map(cell).join(','));
  return out.join('\n') + '\n';
}
