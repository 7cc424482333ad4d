import { describe, expect, it } from 'vitest';
import { applyMapping, tableFromCsv } from '../../../shared/formats/mapping';
import { counterIds, NOW, PERSON_PHONE_ADDRESS, WS } from './fixtures';

const VALID = `Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade
N1,Ann,Lee,03/04/1990,07700 900123,1 High St,ZZ1 4QX,01/02/2024,2B P
N2,Bob,Khan,,+44 7700 900124,2 Low Rd,ZZ1 5QX,,
`;

/** A deterministic generator, so a failure can be replayed from its seed. */
function rng(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n);
  };
}

const NASTY = [
  '"',
  ',',
  '\n',
  '\r',
  ';',
  '\u0000',
  '\uFFFD',
  '31/02/2024',
  '+',
  'ZZ',
  '9',
  '\t',
  '﻿',
];

describe('spreadsheet import fuzz', () => {
  it('never throws and never returns records alongside errors on 3,000 mangled files', () => {
    const bytes = new TextEncoder().encode(VALID);
    let refused = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const r = rng(seed);
      let text = new TextDecoder().decode(bytes);
      for (let k = 0; k < 1 + r(6); k++) {
        const at = r(text.length + 1);
        const op = r(3);
        if (op === 0) text = text.slice(0, at) + NASTY[r(NASTY.length)]! + text.slice(at);
        else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + r(10));
        else text = text.slice(0, at);
      }
      const input = new TextEncoder().encode(text);
      if (seed % 10 === 0) input[r(input.length)] = 0xff; // invalid UTF-8 now and then
      const table = tableFromCsv(input);
      if (!table.ok) {
        expect(table.errors.length).toBeGreaterThan(0);
        refused++;
        continue;
      }
      const { result, report } = applyMapping(table.value, PERSON_PHONE_ADDRESS, {
        workspaceId: WS,
        now: NOW,
        newId: counterIds(),
      });
      if (result.ok) expect(report.badRows).toEqual([]);
      else {
        refused++;
        for (const e of result.errors) expect(e.where).toMatch(/^(row \d+|file)/);
      }
    }
    expect(refused).toBeGreaterThan(1000);
  });
});
