import { describe, expect, it } from 'vitest';
import { normalisePhone, normalisePostcode, normaliseVrm } from '../../../shared/graph/normalise';

describe('normalisePhone', () => {
  it('turns the usual ways of writing a UK mobile into E.164', () => {
    for (const typed of ['07700 900123', '+44 7700 900123', '07700900123', '0044 7700 900123']) {
      expect(normalisePhone(typed)).toBe('+447700900123');
    }
    expect(normalisePhone('(020) 7946-0123')).toBe('+442079460123');
  });

  it('keeps foreign numbers written with their country code', () => {
    expect(normalisePhone('+1 202 555 0100')).toBe('+12025550100');
    expect(normalisePhone('0612345678', 'NL')).toBe('+31612345678');
  });

  it('refuses text, postcodes and numbers too short to be phones', () => {
    expect(normalisePhone('Tony line')).toBeNull();
    expect(normalisePhone('ZZ1 4QX')).toBeNull();
    expect(normalisePhone('900123')).toBeNull();
    expect(normalisePhone('')).toBeNull();
  });
});

describe('normalisePostcode', () => {
  it('upper-cases and puts one space before the inward code', () => {
    expect(normalisePostcode('zz14qx')).toBe('ZZ1 4QX');
    expect(normalisePostcode('  zz1   4qx ')).toBe('ZZ1 4QX');
    expect(normalisePostcode('sw1a1aa')).toBe('SW1A 1AA');
    expect(normalisePostcode('M1 1AE')).toBe('M1 1AE');
    expect(normalisePostcode('gir0aa')).toBe('GIR 0AA');
  });

  it('refuses what cannot be a postcode', () => {
    expect(normalisePostcode('ZZ1')).toBeNull();
    expect(normalisePostcode('12345')).toBeNull();
    expect(normalisePostcode('ZZ1 4Q1')).toBeNull();
  });
});

describe('normaliseVrm', () => {
  it('upper-cases and removes spaces', () => {
    expect(normaliseVrm('kf19 xyz')).toBe('KF19XYZ');
    expect(normaliseVrm('ZK19-XYZ')).toBe('ZK19XYZ');
  });

  it('refuses punctuation and empty input', () => {
    expect(normaliseVrm('ZK19/XYZ')).toBeNull();
    expect(normaliseVrm('  ')).toBeNull();
  });
});
