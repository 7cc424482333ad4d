import { failOne, ok, type FormatResult } from './result';

/** Files above this size are refused before parsing: the whole file is held in memory. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ReadLimits {
  maxBytes?: number;
}

function megabytes(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Refuses a file above the size limit before anything reads it. */
export function checkSize(bytes: Uint8Array, limits: ReadLimits = {}): FormatResult<true> {
  const max = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length <= max) return ok(true);
  return failOne(
    'file',
    `The file is ${megabytes(bytes.length)}, larger than the ${megabytes(max)} limit. Split it or raise the limit.`,
  );
}

/**
 * Decodes UTF-8 strictly: a file saved in another encoding (Windows-1252 from Excel, UTF-16)
 * is refused with the line of the first bad byte rather than imported with garbled names.
 */
export function decodeUtf8(bytes: Uint8Array, limits: ReadLimits = {}): FormatResult<string> {
  const size = checkSize(bytes, limits);
  if (!size.ok) return size;
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return failOne('file', 'The file is saved as UTF-16. Save it as UTF-8 and import it again.');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ok(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    return failOne(
      `line ${line}`,
      'The file is not valid UTF-8 text (perhaps saved as Windows-1252 or Latin-1). Save it as UTF-8 and import it again.',
      { line },
    );
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  // The lenient decoder marks each bad sequence with U+FFFD; the first one is the bad byte.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\uFFFD');
  let line = 1;
  for (let i = 0; i < (at < 0 ? 0 : at); i++) if (lenient.charCodeAt(i) === 10) line++;
  return line;
}

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
