/** Opaque identifiers: random, meaningless, and therefore safe to keep in clear for indexing. */
export type Id = string;

const ID_PATTERN = /^[a-z]{1,4}_[0-9a-f]{20}$/;

/** A prefixed random id such as `ent_3f9a…`; the prefix tells a human reader what table it belongs to. */
export function newId(prefix: string): Id {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return `${prefix}_${hex}`;
}

export function isId(value: unknown): value is Id {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export const ID_REGEX = ID_PATTERN;
