import { encodeUtf8, decodeUtf8 } from '../limits';
import { failOne, ok, type FormatResult } from '../result';
import { mappingSchema, type Mapping } from './mappingSchema';

/** A mapping as the .json file the analyst saves and reloads. */
export function writeMappingFile(mapping: Mapping): Uint8Array {
  return encodeUtf8(JSON.stringify(mapping, null, 2) + '\n');
}

export function readMappingFile(bytes: Uint8Array): FormatResult<Mapping> {
  const text = decodeUtf8(bytes, { maxBytes: 1024 * 1024 });
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch {
    return failOne('mapping file', 'The file is not JSON; choose a mapping saved from Linchpin.');
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first?.path.length ? ` (at ${first.path.map(String).join('.')})` : '';
    return failOne(
      'mapping file',
      `This is not a Linchpin column mapping: ${first?.message ?? 'unknown problem'}${at}.`,
    );
  }
  return ok(parsed.data);
}
