import { describe, expect, it } from 'vitest';
import { parseGradeCode } from '../../../shared/demo/gradeCode';

describe('parseGradeCode', () => {
  it('reads a 3x5x2 grade as analysts write it', () => {
    expect(parseGradeCode('2B P')).toEqual({
      scheme: '3x5x2',
      source: '2',
      intelligence: 'B',
      handling: 'P',
    });
  });

  it('keeps the conditions of handling code C, and refuses C without them', () => {
    expect(parseGradeCode('1A C', 'Police only')).toMatchObject({
      handling: 'C',
      conditions: 'Police only',
    });
    expect(() => parseGradeCode('1A C')).toThrow(/conditions/);
  });

  it('reads a legacy 5x5x5 grade', () => {
    expect(parseGradeCode('B24')).toEqual({
      scheme: '5x5x5',
      source: 'B',
      intelligence: '2',
      handling: '4',
    });
  });

  it('explains what it expected when the code is malformed', () => {
    expect(() => parseGradeCode('4B P')).toThrow(/"4B P" is not a grade/);
    expect(() => parseGradeCode('2BP')).toThrow(/is not a grade/);
  });
});
