import { describe, expect, it } from 'vitest';
import { applyMapping } from '../../../shared/formats/mapping';
import { reportCounts, reportCsv, reportLines } from '../../../renderer/import/reportRows';
import { counterIds, csv, NOW, PERSON_PHONE_ADDRESS, WS } from '../formats-mapping/fixtures';

const FILE = `Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade
N1,Ann,Lee,,07700 900123,1 High St,ZZ1 4QX,,
N2,Bob,Khan,,07700 900999,,,,
N1,Ann,Lee,,07700 900123,,,,
N3,"=HYPERLINK(""x"")",Roe,31/02/1990,07700 900125,,,,
`;

describe('the import report in words', () => {
  const outcome = applyMapping(csv(FILE), PERSON_PHONE_ADDRESS, {
    workspaceId: WS,
    now: NOW,
    newId: counterIds(),
    existing: new Map([['phone|+447700900999', 'ent_00000000000000000abc']]),
  });
  const lines = reportLines(outcome, (id) =>
    id === 'ent_00000000000000000abc' ? 'Blue line' : undefined,
  );

  it('names what each row does, the existing record by its label', () => {
    expect(lines.map((l) => l.outcome)).toEqual(['Created', 'Created', 'Joined', 'Refused']);
    expect(lines[1]?.what).toContain(
      'Matches phone / deal line “Blue line” already in the workspace',
    );
    expect(lines[2]?.what[0]).toBe('Same nominal as row 2 (“Ann Lee”)');
    expect(lines[3]).toMatchObject({ flagged: true });
    expect(reportCounts(lines, outcome.report.rows)).toEqual({
      rows: 4,
      refused: 1,
      created: 2,
      matched: 1,
      joined: 1,
      flagged: 1,
    });
  });

  it('saves every row as CSV with formula-like text defused', () => {
    const text = reportCsv(lines);
    expect(text.split('\n').filter(Boolean)).toHaveLength(5);
    expect(text).not.toMatch(/(^|,)"=/m);
  });
});
