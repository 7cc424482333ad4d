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

/** XML Schema spells infinity INF, which GraphML and GEXF readers expect. */
export function formatValue(value: Scalar): string {
  if (typeof value === 'number' && !Number.isNaN(value) && !Number.isFinite(value))
    return value > 0 ? 'INF' : '-INF';
  return String(value);
}

/** Parses a typed value, or returns undefined when the text does not fit the declared type. */
export function parseTyped(text: string, type: string): Scalar | undefined {
  const t = text.trim();
  switch (type) {
    case 'boolean':
      if (/^(true|1)$/i.test(t)) return true;
      if (/^(false|0)$/i.test(t)) return false;
      return undefined;
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte': {
      if (!/^[+-]?\d+$/.test(t)) return undefined;
      const n = Number(t);
      return Number.isSafeInteger(n) ? n : undefined;
    }
    case 'float':
    case 'double': {
      if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(INF|Infinity|NaN)$/.test(t))
        return undefined;
      return Number(t.replace(/INF$/, 'Infinity'));
    }
    default:
      return text;
  }
}
