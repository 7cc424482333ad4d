import type { Scalar } from './records';

/** The value types GraphML and GEXF both declare for attribute columns. */
export type ColumnType = 'boolean' | 'int' | 'double' | 'string';

/** One type per attribute name, wide enough for every value it takes. */
export function inferColumnTypes(rows: Iterable<Record<string, Scalar>>): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      const t: ColumnType =
        typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'number'
            ? Number.isInteger(value) && Math.abs(value) < 2 ** 31
              ? 'int'
              : 'double'
            : 'string';
      const prev = types.get(name);
      if (prev === undefined || prev === t) types.set(name, t);
      else if ((prev === 'int' && t === 'double') || (prev === 'double' && t === 'int'))
        types.set(name, 'double');
      else types.set(name, 'string');
    }
  }
  return types;
}

/** How each target format spells infinities and NaN, so other tools read them back. */
export type NumberSpelling = 'xsd' | 'java';

/**
 * XML Schema (GraphML's types) spells them INF, -INF and NaN; Java (Gephi reads GEXF with
 * Double.parseDouble) and .NET (Analyst's Notebook) spell them Infinity, -Infinity and NaN.
 * Python's float() and igraph's reader take both.
 */
export function formatValue(value: Scalar, spelling: NumberSpelling = 'xsd'): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    if (Number.isNaN(value)) return 'NaN';
    const inf = spelling === 'xsd' ? 'INF' : 'Infinity';
    return value > 0 ? inf : `-${inf}`;
  }
  return String(value);
}

const INTEGER_TYPES = new Set(['int', 'integer', 'long', 'short', 'byte', 'biginteger']);
const FLOAT_TYPES = new Set(['float', 'double', 'bigdecimal']);
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Infinity and NaN as networkx (inf, nan), igraph (Inf), XML Schema (INF) and Java write them. */
const HEX_FLOAT = /^([+-]?)0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i;

/**
 * C's "%a" hexadecimal floats ("0x1.8p+1" is 3), as graph-tool writes doubles to keep every bit.
 * Undefined for anything else.
 */
export function hexFloat(t: string): number | undefined {
  const m = HEX_FLOAT.exec(t);
  if (!m || (m[2] === '' && !m[3])) return undefined;
  const fraction = m[3] ?? '';
  const mantissa = parseInt(`${m[2] || '0'}${fraction}`, 16);
  const value = mantissa * 2 ** (Number(m[4]) - 4 * fraction.length);
  return m[1] === '-' ? -value : value;
}

/** Numeric vector types (graph-tool's vector_float, vector_int...). */
const NUMERIC_VECTORS = new Set([
  'vector_short',
  'vector_int',
  'vector_long',
  'vector_float',
  'vector_double',
]);

function nonFinite(t: string): number | undefined {
  if (/^[+]?(inf|infinity)$/i.test(t)) return Infinity;
  if (/^-(inf|infinity)$/i.test(t)) return -Infinity;
  if (/^[+-]?nan$/i.test(t)) return NaN;
  return undefined;
}

export type Typed = { ok: true; value: Scalar } | { ok: 'empty' } | { ok: false };

/**
 * Parses a typed value. A number column's "null" (Gephi's exporter) or blank is no value, which
 * the caller counts; text that does not fit the declared type is refused.
 */
export function parseValue(text: string, type: string): Typed {
  const t = text.trim();
  const kind = type.toLowerCase();
  if (kind === 'boolean') {
    if (/^(true|1)$/i.test(t)) return { ok: true, value: true };
    if (/^(false|0)$/i.test(t)) return { ok: true, value: false };
    return t === '' || t === 'null' ? { ok: 'empty' } : { ok: false };
  }
  if (INTEGER_TYPES.has(kind) || FLOAT_TYPES.has(kind)) {
    if (t === '' || t === 'null') return { ok: 'empty' };
    if (FLOAT_TYPES.has(kind)) {
      const special = nonFinite(t) ?? hexFloat(t);
      if (special !== undefined) return { ok: true, value: special };
      return DECIMAL.test(t) ? { ok: true, value: Number(t) } : { ok: false };
    }
    if (!/^[+-]?\d+$/.test(t)) return { ok: false };
    const n = Number(t);
    return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: true, value: t };
  }
  if (NUMERIC_VECTORS.has(kind)) {
    // Kept as text (the model holds no lists here), with hexadecimal floats written as decimals.
    const items = t === '' ? [] : t.split(',').map((item) => item.trim());
    const numbers = items.map((item) => nonFinite(item) ?? hexFloat(item) ?? Number(item));
    if (numbers.some((n, i) => Number.isNaN(n) && !/nan/i.test(items[i]!))) return { ok: false };
    return { ok: true, value: numbers.map(String).join(', ') };
  }
  return { ok: true, value: text };
}

/** Parses a typed value, or returns undefined when the text does not fit the declared type. */
export function parseTyped(text: string, type: string): Scalar | undefined {
  const r = parseValue(text, type);
  return r.ok === true ? r.value : undefined;
}
