import { describe, expect, it } from 'vitest';
import {
  readMappingFile,
  tableFromCsv,
  tableFromSheet,
  writeMappingFile,
} from '../../../shared/formats/mapping';
import { PERSON_PHONE_ADDRESS } from './fixtures';

const enc = (s: string) => new TextEncoder().encode(s);

describe('spreadsheet tables', () => {
  it('reads semicolon CSV and numbers rows as the spreadsheet shows them', () => {
    const t = tableFromCsv(enc('A;B\n\n1;2\n3;4\n'));
    expect(t.ok && t.value).toEqual({
      columns: ['A', 'B'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
      rowNumbers: [3, 4],
    });
  });

  it('reports ragged rows, duplicate headers and bad encodings by row', () => {
    const ragged = tableFromCsv(enc('A,B\n1,2,3\n'));
    expect(!ragged.ok && ragged.errors[0]).toMatchObject({ row: 2 });
    const dup = tableFromCsv(enc('A,A\n1,2\n'));
    expect(!dup.ok && dup.errors[0]?.message).toContain('"A" appears twice');
    expect(tableFromCsv(new Uint8Array([0x41, 0xff, 0x0a])).ok).toBe(false);
  });

  it('turns spreadsheet cells (numbers, dates, nulls) into text', () => {
    const t = tableFromSheet([
      ['Name', 'DOB', 'Count'],
      ['Ann', new Date(Date.UTC(1990, 3, 3)), 7],
      ['Bob', null, null],
    ]);
    expect(t.ok && t.value.rows).toEqual([
      ['Ann', '1990-04-03', '7'],
      ['Bob', '', ''],
    ]);
  });

  it('saves a mapping as JSON and reads it back; refuses other JSON', () => {
    const back = readMappingFile(writeMappingFile(PERSON_PHONE_ADDRESS));
    expect(back.ok && back.value).toEqual(PERSON_PHONE_ADDRESS);
    const other = readMappingFile(enc('{"entities": [{"key": "a", "kind": "dragon"}]}'));
    expect(!other.ok && other.errors[0]?.message).toMatch(/not a Linchpin column mapping/);
    expect(readMappingFile(enc('{')).ok).toBe(false);
  });
});
