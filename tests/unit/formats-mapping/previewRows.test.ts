import { describe, expect, it } from 'vitest';
import { previewRows } from '../../../shared/formats/mapping';
import { csv, PERSON_PHONE_ADDRESS } from './fixtures';

describe('previewRows', () => {
  it('shows each mapped cell as it would be stored, or why it cannot be', () => {
    const table = csv(
      'Ref,First,Last,DOB,Phone,Address,Postcode,Seen,Grade\nN1,Ann,Lee,3/4/90,07700 900123,1 High St,zz14qx,31/02/2024,2bp\n',
    );
    const shown = previewRows(table, PERSON_PHONE_ADDRESS, 5)[0]!.map(
      (c) => `${c.template} ${c.field}: ${c.ok ? c.shown : `! ${c.shown}`}`,
    );
    expect(shown).toEqual([
      'person Forenames: Ann',
      'person Surname: Lee',
      'person Date of birth: 1990-04-03',
      'mobile Number: +447700900123',
      'home Address: 1 High St',
      'home Postcode: ZZ1 4QX',
      'link 1 First seen: ! "31/02/2024" is not a real date.',
      'link 1 Grade: 2B P',
    ]);
  });
});
