/**
 * Sealed sizes are padded to buckets, so a record's length on disk says little about how much
 * text it holds: below 256 bytes everything is 256; above, four buckets per doubling (so at most
 * a quarter is padding, an eighth on average). The padding is ASCII spaces after the JSON text,
 * which JSON.parse ignores, so no length prefix or format marker is needed.
 */
export const MIN_SEALED_PLAINTEXT = 256;
const STEPS_PER_DOUBLING = 4;

export function paddedLength(length: number): number {
  if (length <= MIN_SEALED_PLAINTEXT) return MIN_SEALED_PLAINTEXT;
  const step = 2 ** (Math.floor(Math.log2(length)) - Math.log2(STEPS_PER_DOUBLING));
  return Math.ceil(length / step) * step;
}

const SPACE = 0x20;

/** The bytes followed by spaces up to their bucket's length (a new array). */
export function padToBucket(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(paddedLength(bytes.length));
  out.set(bytes);
  out.fill(SPACE, bytes.length);
  return out;
}
