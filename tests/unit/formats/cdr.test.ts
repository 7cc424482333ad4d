import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCallRecords } from '../../../shared/formats/cdr/readCallRecords';
import { counterIds, WS } from './sampleRecords';
import { enc, errorText, expectOk } from './helpers';

const ctx = () => ({ workspaceId: WS, now: '2024-06-01T00:00:00.000Z', newId: counterIds() });
const HEADER = 'caller,called,start,duration\n';

describe('call data records', () => {
  const doc = expectOk(
    readCallRecords(new Uint8Array(readFileSync('tests/fixtures/formats/calls.csv')), ctx()),
  );
  const byNumber = (n: string) =>
    doc.records.entities.find((e) => e.kind === 'phone' && e.attrs.number === n);

  it('makes one phone entity per E.164 number, in any written form, with its handset', () => {
    expect(doc.records.entities.map((e) => e.label)).toEqual([
      '+447700900111',
      '+447700900222',
      '+33612345678',
    ]);
    expect(byNumber('+447700900111')?.attrs).toMatchObject({ handset: 'IMEI-2' });
  });

  it('aggregates calls per direction with count, total seconds and first and last dates', () => {
    const link = (from: string, to: string) =>
      doc.records.links.find(
        (l) => l.source === byNumber(from)?.id && l.target === byNumber(to)?.id,
      );
    expect(link('+447700900111', '+447700900222')).toMatchObject({
      kind: 'calls',
      callCount: 2,
      callSeconds: 150,
      firstSeen: '2024-03-01',
      lastSeen: '2024-03-03',
    });
    expect(link('+447700900222', '+447700900111')).toMatchObject({
      callCount: 1,
      callSeconds: 5,
      firstSeen: '2024-03-01',
      lastSeen: '2024-03-01',
    });
    expect(link('+447700900111', '+33612345678')).toMatchObject({
      callCount: 1,
      callSeconds: 120,
      firstSeen: '2024-02-28',
    });
    expect(doc.records.links).toHaveLength(3);
    expect(link('+447700900111', '+447700900222')?.imported).toEqual({
      'Cell ids': 'CELL-A; CELL-B',
    });
  });

  it('joins phones the workspace already holds instead of duplicating them', () => {
    const known = new Map([['+447700900111', 'ent_0123456789abcdef0123']]);
    const again = expectOk(
      readCallRecords(enc(`${HEADER}07700900111,07700900222,2024-01-01 10:00,10\n`), ctx(), {
        knownPhones: known,
      }),
    );
    expect(again.records.entities.map((e) => e.label)).toEqual(['+447700900222']);
    expect(again.records.links[0]?.source).toBe('ent_0123456789abcdef0123');
  });

  it('names the row of an unreadable number, an impossible date and a bad duration; drops and counts a self-call', () => {
    const text = errorText(
      readCallRecords(
        enc(
          `${HEADER}07700900111,not a number,2024-01-01 10:00,10\n07700900111,07700900222,31/02/2024 10:00,10\n07700900111,07700900222,2024-01-01 25:00,10\n07700900111,07700900222,2024-01-01 10:00,-4\n`,
        ),
        ctx(),
      ),
    );
    expect(text).toMatch(/row 2: The called number "not a number" is not a phone number/);
    expect(text).toMatch(/row 3: The start time "31\/02\/2024 10:00" is not a real date/);
    expect(text).toMatch(/row 4: The start time "2024-01-01 25:00" is not a real date/);
    expect(text).toMatch(/row 5: The duration "-4" is not a number of seconds/);
    const doc = expectOk(
      readCallRecords(
        enc(
          `${HEADER}07700900111,07700900222,2024-01-01 10:00,10\n07700900111,+447700900111,2024-01-01 10:00,4\n`,
        ),
        ctx(),
      ),
    );
    expect(doc.records.links).toHaveLength(1);
    expect(doc.warnings).toMatchObject([{ code: 'self-call', count: 1 }]);
  });

  it('needs a caller, a called number and a start; keeps other columns on the links', () => {
    expect(errorText(readCallRecords(enc('caller,when,duration\n1,2,3\n'), ctx()))).toMatch(
      /could not tell which columns hold the caller \(a number\), called \(b number\) and the start/,
    );
    const doc = expectOk(
      readCallRecords(
        enc(
          'caller,called,start,duration,cost\n07700900111,07700900222,2024-01-01 10:00,10,0.12\n',
        ),
        ctx(),
      ),
    );
    expect(doc.records.links[0]?.imported).toEqual({ cost: '0.12' });
    expect(doc.warnings.map((w) => w.code)).toEqual(['cdr-extra-columns']);
  });
});
