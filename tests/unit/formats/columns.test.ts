import { describe, expect, it } from 'vitest';
import { hexFloat, parseValue } from '../../../shared/formats/columns';

describe('typed values as other tools write them', () => {
  it('reads every spelling of the non-finite numbers, and null or blank as no value', () => {
    for (const [text, value] of [
      ['inf', Infinity],
      ['Inf', Infinity],
      ['INF', Infinity],
      ['Infinity', Infinity],
      ['-inf', -Infinity],
      ['-Infinity', -Infinity],
    ] as const)
      expect(parseValue(text, 'double')).toEqual({ ok: true, value });
    expect(parseValue('nan', 'float')).toEqual({ ok: true, value: NaN });
    expect(parseValue('NaN', 'double')).toEqual({ ok: true, value: NaN });
    expect(parseValue('null', 'double')).toEqual({ ok: 'empty' });
    expect(parseValue(' ', 'int')).toEqual({ ok: 'empty' });
    expect(parseValue('abc', 'double')).toEqual({ ok: false });
  });

  it("reads C's hexadecimal floats, as graph-tool writes doubles", () => {
    expect(hexFloat('0x1.8p+1')).toBe(3);
    expect(hexFloat('-0x1.4p-1')).toBe(-0.625);
    expect(hexFloat('0x1.999999999999ap-4')).toBe(0.1);
    expect(hexFloat('0x0p+0')).toBe(0);
    expect(hexFloat('0x1.8')).toBeUndefined();
    expect(hexFloat('1.5')).toBeUndefined();
    expect(parseValue('0x1.8p+0', 'float')).toEqual({ ok: true, value: 1.5 });
  });

  it('keeps numeric vectors as text in decimals, and refuses a vector item that is no number', () => {
    expect(parseValue('0x1.8p+1, -0x1p+0, inf', 'vector_float')).toEqual({
      ok: true,
      value: '3, -1, Infinity',
    });
    expect(parseValue('1, 2', 'vector_int')).toEqual({ ok: true, value: '1, 2' });
    expect(parseValue('1, x', 'vector_int')).toEqual({ ok: false });
    expect(parseValue('a, b', 'vector_string')).toEqual({ ok: true, value: 'a, b' });
  });
});
