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
      const special = nonFinite(t);
      if (special !== undefined) return { ok: true, value: special };
      return DECIMAL.test(t) ? { ok: true, value: Number(t) } : { ok: false };
    }
    if (!/^[+-]?\d+$/.test(t)) return { ok: false };
    const n = Number(t);
    return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: true, value: t };
  }
  return { ok: true, value: text };
}

/** Parses a typed value, or returns undefined when the text does not fit the declared type. */
export function parseTyped(text: string, type: string): Scalar | undefined {
  const r = parseValue(text, type);
  return r.ok === true ? r.value : undefined;
}
