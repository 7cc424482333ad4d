/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members left out (as JSON.stringify
 * does). Two equal records give the same bytes, so hashes of audit events are reproducible.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

function write(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error('Canonical JSON cannot hold NaN or Infinity.');
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value)
        ? writeArray(value)
        : writeObject(value as Record<string, unknown>);
    default:
      throw new Error(`Canonical JSON cannot hold a value of type ${typeof value}.`);
  }
}

function writeArray(items: unknown[]): string {
  return `[${items.map((item) => (item === undefined ? 'null' : write(item))).join(',')}]`;
}

function writeObject(obj: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of Object.keys(obj).sort()) {
    const member = obj[key];
    if (member === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${write(member)}`);
  }
  return `{${parts.join(',')}}`;
}
