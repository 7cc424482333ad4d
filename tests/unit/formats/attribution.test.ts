import { describe, expect, it } from 'vitest';
import { attributionLinks } from '../../../shared/formats';
import { counterIds, WS } from './sampleRecords';
import { errorText, expectOk } from './helpers';

const ctx = () => ({ workspaceId: WS, now: '2025-04-01T00:00:00.000Z', newId: counterIds() });
const PHONE = 'ent_00000000000000000a01';
const PERSON = 'ent_00000000000000000b01';

describe('attributing numbers to people', () => {
  it('makes a dated "uses phone" link from the person to the number', () => {
    const [link, open] = expectOk(
      attributionLinks(
        [
          { phoneId: PHONE, nominalId: PERSON, from: '2025-03-01', to: '2025-03-31', name: 'a' },
          { phoneId: PHONE, nominalId: 'ent_00000000000000000b02', name: 'b' },
        ],
        ctx(),
      ),
    );
    expect(link).toMatchObject({
      kind: 'uses_phone',
      source: PERSON,
      target: PHONE,
      firstSeen: '2025-03-01',
      lastSeen: '2025-03-31',
      workspaceId: WS,
    });
    expect(open?.firstSeen).toBeUndefined();
  });

  it('refuses a backwards period or an impossible date, naming the number, and returns nothing', () => {
    const text = errorText(
      attributionLinks(
        [
          {
            phoneId: PHONE,
            nominalId: PERSON,
            from: '2025-03-31',
            to: '2025-03-01',
            name: '+447700900991',
          },
          { phoneId: PHONE, nominalId: PERSON, from: '2025-02-30', name: '+447700900992' },
          { phoneId: PHONE, nominalId: PHONE, name: '+447700900993' },
        ],
        ctx(),
      ),
    );
    expect(text).toMatch(/attribution of \+447700900991: The period starts \(2025-03-31\) after/);
    expect(text).toMatch(/attribution of \+447700900992: "2025-02-30" is not a real date/);
    expect(text).toMatch(/attribution of \+447700900993: A link needs two different ends/);
  });
});
