import { expect } from 'vitest';
import type { FormatIssue, FormatResult } from '../../../shared/formats/result';

export const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

export function expectOk<T>(result: FormatResult<T>): T {
  if (!result.ok)
    throw new Error(
      `Expected success, got:\n${result.errors.map((e) => `${e.where}: ${e.message}`).join('\n')}`,
    );
  return result.value;
}

export function expectErrors<T>(result: FormatResult<T>): FormatIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}

/** Every problem as one text, for matching with toMatch. */
export function errorText<T>(result: FormatResult<T>): string {
  return expectErrors(result)
    .map((e) => `${e.where}: ${e.message}`)
    .join('\n');
}

/** mulberry32: small, seeded, good enough to make reproducible malformed inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INSERTS = [
  '<',
  '>',
  '&',
  '"',
  "'",
  ',',
  '\n',
  '\r\n',
  '\u0000',
  '\uFFFD',
  ']]>',
  '<!ENTITY x "y">',
  '&x;',
  '&#0;',
  '{',
  '}',
  '[',
  ']',
  ':',
  '9e999',
  '-1',
  'NaN',
  '\xff',
];

/** One random corruption of a valid file: byte flips, a truncation, an insertion, a deletion or a duplication. */
export function mutate(input: Uint8Array, rand: () => number): Uint8Array {
  const at = Math.floor(rand() * input.length);
  switch (Math.floor(rand() * 5)) {
    case 0: {
      const out = input.slice();
      const flips = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < flips; i++) {
        const j = Math.floor(rand() * out.length);
        out[j] = (out[j] ?? 0) ^ (1 << Math.floor(rand() * 8));
      }
      return out;
    }
    case 1:
      return input.slice(0, at);
    case 2: {
      const ins = new TextEncoder().encode(INSERTS[Math.floor(rand() * INSERTS.length)] ?? '');
      const out = new Uint8Array(input.length + ins.length);
      out.set(input.subarray(0, at), 0);
      out.set(ins, at);
      out.set(input.subarray(at), at + ins.length);
      return out;
    }
    case 3: {
      const len = Math.floor(rand() * 40);
      const out = new Uint8Array(input.length - Math.min(len, input.length - at));
      out.set(input.subarray(0, at), 0);
      out.set(input.subarray(at + len), at);
      return out;
    }
    default: {
      const len = Math.floor(rand() * 200);
      const piece = input.subarray(at, at + len);
      const out = new Uint8Array(input.length + piece.length);
      out.set(input.subarray(0, at + piece.length), 0);
      out.set(piece, at + piece.length);
      out.set(input.subarray(at + piece.length), at + 2 * piece.length);
      return out;
    }
  }
}
