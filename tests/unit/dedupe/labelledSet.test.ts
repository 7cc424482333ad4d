import { describe, expect, it } from 'vitest';
import { entityFeatures, scorePair, WEIGHTS } from '../../../shared/dedupe';
import { person, place, sampleId } from '../../../renderer/dev/factories';
import { evaluate } from '../../bench/dedupe/evaluate';
import { labelledPairs } from '../../bench/dedupe/labelledPairs';

const id = (n: number) => sampleId('ent', n);
const score = (...entities: Parameters<typeof entityFeatures>[0]) => {
  const [a, b] = entityFeatures(entities);
  return scorePair(a!, b!);
};

describe('duplicate scoring against the labelled set built from the demo', () => {
  const pairs = labelledPairs();
  const result = evaluate(pairs);

  it('has at least 200 labelled pairs of every kind of error, both labels', () => {
    expect(result.pairs).toBeGreaterThanOrEqual(200);
    expect(result.positives).toBeGreaterThan(100);
    expect(result.negatives).toBeGreaterThan(100);
    const errors = new Set(pairs.map((p) => p.error));
    for (const e of ['surname typo', 'forename and surname swapped', 'neighbours at one postcode'])
      expect(errors).toContain(e);
    expect([...errors].some((e) => e.startsWith('nickname'))).toBe(true);
  });

  it('proposes no neighbour, sibling, namesake or next-door address, and finds most duplicates', () => {
    expect(result.falsePositives).toBe(0);
    expect(result.precision).toBe(1);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the cases in issue 12', () => {
  it('never matches two house numbers at one postcode, and says why', () => {
    const s = score(
      place(id(1), '29 Kestrel Road', { postcode: 'ZZ1 4KR' }),
      place(id(2), '2 Kestrel Road', { postcode: 'ZZ1 4KR' }),
    );
    expect(s.score).toBeLessThan(0.5);
    expect(s.reasons.join(' ')).toMatch(/Different house or flat numbers \(29 and 2\)/);
  });

  it('ranks Tom and Thomas Ridgeway, one date of birth and a shared alias, well above', () => {
    const s = score(
      person(id(1), 'Thomas Ridgeway', {
        forenames: 'Thomas',
        surname: 'Ridgeway',
        dateOfBirth: '1988-01-05',
        aliases: ['Ridge'],
      }),
      person(id(2), 'Tom Ridgeway', {
        forenames: 'Tom',
        surname: 'Ridgeway',
        dateOfBirth: '1988-01-05',
        aliases: ['Ridge'],
      }),
    );
    expect(s.score).toBeGreaterThan(0.8);
    expect(s.reasons.join(' ')).toMatch(/thomas and tom are forms of one name/);
  });

  it('reads a date of birth keyed day-for-month as a slip, not as two people', () => {
    const s = score(
      person(id(1), 'Leon Prestage', { dateOfBirth: '1998-01-09' }),
      person(id(2), 'Leon Prestage', { dateOfBirth: '1998-09-01' }),
    );
    expect(s.score).toBeGreaterThan(0.5);
    expect(s.reasons.join(' ')).toMatch(/differ only by day and month swapped/);
  });

  it('handles Tony/Anthony and Kaz/Karen as one name, and weighs a postcode below a birthday', () => {
    const tony = score(
      person(id(1), 'Anthony Varrick', { forenames: 'Anthony', surname: 'Varrick' }),
      person(id(2), 'Tony Varrick', { forenames: 'Tony', surname: 'Varrick' }),
    );
    const kaz = score(
      person(id(1), 'Karen Holt', { forenames: 'Karen', surname: 'Holt' }),
      person(id(2), 'Kaz Holt', { forenames: 'Kaz', surname: 'Holt' }),
    );
    expect(tony.reasons.join(' ')).toMatch(/forms of one name/);
    expect(kaz.reasons.join(' ')).toMatch(/forms of one name/);
    expect(WEIGHTS.dateOfBirth).toBeGreaterThan(WEIGHTS.postcodePerson);
    expect(WEIGHTS.sharedAlias).toBeGreaterThan(WEIGHTS.postcodePerson);
    // Two different people who share only a birthday are not proposed.
    const birthday = score(
      person(id(1), 'Ann Bell', { dateOfBirth: '1990-01-01' }),
      person(id(2), 'Cara Dunn', { dateOfBirth: '1990-01-01' }),
    );
    expect(birthday.score).toBeLessThan(0.5);
  });
});
