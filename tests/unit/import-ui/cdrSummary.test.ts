import { describe, expect, it } from 'vitest';
import { readCallRecords } from '../../../shared/formats';
import { phonesInCalls, summariseCalls } from '../../../renderer/import/cdrSummary';

const enc = (s: string) => new TextEncoder().encode(s);
/** 07700900991 is already in the workspace, as the entity below. */
const known = new Map([['+447700900991', 'ent_00000000000000000aaa']]);
const read = readCallRecords(
  enc(
    'caller,called,start,duration\n07700900991,07700900992,01/03/2025 10:00:00,60\n07700900992,07700900993,04/03/2025 10:00:00,5\n07700900991,07700900992,02/03/2025 10:00:00,6\n',
  ),
  { workspaceId: 'ws_00000000000000000001' },
  { knownPhones: known },
);

describe('call records summary', () => {
  it('counts new and existing phones, links, calls and the date span', () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(summariseCalls(read.value, known)).toEqual({
      newPhones: 2,
      existingPhones: 1,
      callLinks: 2,
      calls: 3,
      sms: 0,
      other: 0,
      from: '2025-03-01',
      to: '2025-03-04',
    });
  });

  it('lists every number the calls touch, busiest first, with its first and last call', () => {
    if (!read.ok) throw new Error('expected the file to read');
    const existing = new Map([['ent_00000000000000000aaa', { label: 'Tony line' }]]);
    const phones = phonesInCalls(read.value, existing);
    expect(phones.map((p) => [p.number, p.calls, p.first, p.last])).toEqual([
      ['+447700900992', 3, '2025-03-01', '2025-03-04'],
      ['Tony line', 2, '2025-03-01', '2025-03-02'],
      ['+447700900993', 1, '2025-03-04', '2025-03-04'],
    ]);
  });

  it('counts texts and other events apart from voice calls', () => {
    const calls = readCallRecords(
      enc(
        'caller,called,start,type\n07700900991,07700900992,01/03/2025 10:00:00,SMS\n07700900991,07700900992,01/03/2025 11:00:00,Voice\n07700900991,07700900992,01/03/2025 12:00:00,Data\n',
      ),
      { workspaceId: 'ws_00000000000000000001' },
    );
    if (!calls.ok) throw new Error(JSON.stringify(calls.errors));
    expect(summariseCalls(calls.value, new Map())).toMatchObject({ calls: 1, sms: 1, other: 1 });
  });
});
