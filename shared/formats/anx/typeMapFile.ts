import { z } from 'zod';
import { ENTITY_KIND_IDS } from '../../model';
import { decodeUtf8, encodeUtf8 } from '../limits';
import { failOne, ok, type FormatResult } from '../result';
import type { TypeMap } from './anxTypes';

export const TYPE_MAP_FORMAT = 'linchpin-type-map';

const choice = z.enum([...ENTITY_KIND_IDS, 'skip']);
const fileSchema = z.union([
  z.object({
    format: z.literal(TYPE_MAP_FORMAT),
    version: z.literal(1),
    types: z.record(z.string().min(1).max(200), choice),
  }),
  // A bare {"i2 type": "kind"} object, as someone would write by hand for the command line.
  z.record(z.string().min(1).max(200), choice),
]);

/** The i2 type mapping as the .json file the import screen saves and `convert --map` reads. */
export function writeTypeMapFile(types: TypeMap): Uint8Array {
  const sorted = Object.fromEntries(Object.entries(types).sort(([a], [b]) => a.localeCompare(b)));
  return encodeUtf8(
    JSON.stringify({ format: TYPE_MAP_FORMAT, version: 1, types: sorted }, null, 2) + '\n',
  );
}

export function readTypeMapFile(bytes: Uint8Array): FormatResult<TypeMap> {
  const text = decodeUtf8(bytes, { maxBytes: 1024 * 1024 });
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch {
    return failOne(
      'type mapping',
      'The file is not JSON; choose a type mapping saved from Linchpin.',
    );
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return failOne(
      'type mapping',
      `This is not a type mapping: each i2 type needs one of ${[...ENTITY_KIND_IDS, 'skip'].join(', ')}${first?.path.length ? ` (at ${first.path.map(String).join('.')})` : ''}.`,
    );
  }
  const value = parsed.data;
  return ok(
    'format' in value && value.format === TYPE_MAP_FORMAT
      ? (value.types as TypeMap)
      : (value as TypeMap),
  );
}
