import { checkSize, decodeUtf8, type ReadLimits } from '../limits';
import { failOne, ok, type FormatResult } from '../result';

/** Single-byte encodings XML files are declared in, and the TextDecoder that reads each. */
const SINGLE_BYTE: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-15': 'iso-8859-15',
  'latin-9': 'iso-8859-15',
  'us-ascii': 'ascii',
  ascii: 'ascii',
};

function declaredEncoding(bytes: Uint8Array): string | undefined {
  // Without a byte-order mark the declaration is ASCII whatever the encoding it names.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i] ?? 0);
  const m = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase();
}

function lineAtByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
  return line;
}

/**
 * Decodes an XML file by its byte-order mark or the encoding its declaration names (Gephi and
 * older tools save ISO-8859-1), strictly: bytes the encoding cannot hold are refused with their
 * line, never read as replacement characters. The WHATWG decoders read ISO-8859-1 as its
 * superset Windows-1252, as browsers do.
 */
export function decodeXmlBytes(bytes: Uint8Array, limits: ReadLimits = {}): FormatResult<string> {
  const size = checkSize(bytes, limits);
  if (!size.ok) return size;
  const bomLe = bytes[0] === 0xff && bytes[1] === 0xfe;
  const bomBe = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (bomLe || bomBe) {
    try {
      const text = new TextDecoder(bomLe ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
      return ok(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return failOne('file', 'The file starts as UTF-16 but holds bytes that are not UTF-16.');
    }
  }
  const declared = declaredEncoding(bytes);
  if (!declared || declared === 'utf-8' || declared === 'utf8') return decodeUtf8(bytes, limits);
  const decoder = SINGLE_BYTE[declared];
  if (!decoder)
    return failOne(
      'line 1',
      `The file declares the encoding "${declared}", which Linchpin cannot read (it reads UTF-8, UTF-16 with a byte-order mark, ISO-8859-1, ISO-8859-15, Windows-1252 and US-ASCII). Save it as UTF-8 and import it again.`,
      { line: 1 },
    );
  if (decoder === 'ascii') {
    const bad = bytes.findIndex((b) => b > 0x7f);
    if (bad >= 0) {
      const line = lineAtByte(bytes, bad);
      return failOne(
        `line ${line}`,
        'The file declares US-ASCII but holds a byte outside it. Save it as UTF-8 and import it again.',
        { line },
      );
    }
    return ok(new TextDecoder('windows-1252').decode(bytes));
  }
  // Every byte means a character in these encodings, so decoding cannot fail.
  return ok(new TextDecoder(decoder).decode(bytes));
}
