import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../renderer/import/readSpreadsheet';

// A minimal workbook written by Python's zipfile: inline strings, numbers and a date-styled cell.
const XLSX = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/people.xlsx')));

describe('readSpreadsheet', () => {
  it('reads the first sheet of an .xlsx, dates as ISO text', async () => {
    const t = await readSpreadsheet({ name: 'people.xlsx', bytes: XLSX });
    expect(t.ok && t.value).toEqual({
      columns: ['Name', 'Mobile', 'DOB', 'Count'],
      rows: [
        ['Jade Moss', '07700 900991', '2004-12-31', '3'],
        ['Kai Rennet', '07700 900992', '2005-01-15', '1'],
      ],
      rowNumbers: [2, 3],
    });
  });

  it('explains a damaged workbook and an unsupported extension', async () => {
    const broken = await readSpreadsheet({ name: 'x.xlsx', bytes: XLSX.slice(0, 200) });
    expect(!broken.ok && broken.errors[0]?.message).toMatch(/workbook could not be read/);
    const other = await readSpreadsheet({ name: 'x.ods', bytes: XLSX });
    expect(!other.ok && other.errors[0]?.message).toBe(
      'Choose a CSV (.csv) or Excel (.xlsx) file.',
    );
  });
});

describe('readSpreadsheet on wide CSV headers', () => {
  // The duplicate-name check was quadratic: 100,000 columns took 15 s of CPU (found by the fuzz bench).
  const header = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
  const csv = (names: string[]) => new TextEncoder().encode(`${names.join(',')}\n`);

  it('reads a header of 100,000 columns', async () => {
    const t = await readSpreadsheet({ name: 'wide.csv', bytes: csv(header) });
    expect(t.ok && t.value.columns.length).toBe(100_000);
  });

  it('still names the first repeated column', async () => {
    const t = await readSpreadsheet({ name: 'wide.csv', bytes: csv([...header, 'c7', 'c3']) });
    expect(!t.ok && t.errors[0]?.message).toBe('The column "c7" appears twice in the header.');
  });
});
