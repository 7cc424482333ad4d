import { z } from 'zod';
import { fromImportedValue, importedValueSchema, toImportedValue } from '../../model';
import { decodeUtf8, type ReadLimits } from '../limits';
import {
  graphDocument,
  validateRecords,
  type GraphDocument,
  type ImportContext,
  type Scalar,
} from '../records';
import { fail, failOne, guard, issue, ok, type FormatResult } from '../result';

export const JSON_FORMAT = 'linchpin-records';
export const JSON_VERSION = 1;

// JSON has no infinities or NaN: extra values are stored in the same tagged form as `imported`.
const scalar = importedValueSchema;
const envelopeSchema = z.object({
  format: z.literal(JSON_FORMAT),
  version: z.number().int(),
  exportedAt: z.string().optional(),
  records: z.object({
    entities: z.array(z.unknown()).max(1_000_000),
    links: z.array(z.unknown()).max(5_000_000),
    intel: z.array(z.unknown()).max(1_000_000),
  }),
  sourceIds: z.record(z.string(), z.string()).optional(),
  nodeData: z.record(z.string(), z.record(z.string(), scalar)).optional(),
  linkData: z.record(z.string(), z.record(z.string(), scalar)).optional(),
});

function tagged(data: Map<string, Record<string, Scalar>>) {
  return Object.fromEntries(
    [...data].map(([id, row]) => [
      id,
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toImportedValue(v)])),
    ]),
  );
}

function untagged(
  data: Record<string, Record<string, z.infer<typeof scalar>>> | undefined,
): Map<string, Record<string, Scalar>> {
  return new Map(
    Object.entries(data ?? {}).map(([id, row]) => [
      id,
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, fromImportedValue(v)])),
    ]),
  );
}

/** Writes the whole document as one versioned JSON envelope; every field survives. */
export function writeJsonRecords(
  doc: GraphDocument,
  exportedAt = new Date().toISOString(),
): string {
  const envelope: z.input<typeof envelopeSchema> = {
    format: JSON_FORMAT,
    version: JSON_VERSION,
    exportedAt,
    records: doc.records,
    ...(doc.sourceIds.size ? { sourceIds: Object.fromEntries(doc.sourceIds) } : {}),
    ...(doc.nodeData.size ? { nodeData: tagged(doc.nodeData) } : {}),
    ...(doc.linkData.size ? { linkData: tagged(doc.linkData) } : {}),
  };
  return JSON.stringify(envelope, null, 2) + '\n';
}

function lineOfOffset(text: string, message: string): number | undefined {
  if (/end of JSON/i.test(message)) return text.split('\n').length;
  const m = /position (\d+)/.exec(message);
  if (!m) return undefined;
  return text.slice(0, Number(m[1])).split('\n').length;
}

function relabel<T extends { workspaceId?: unknown }>(
  items: unknown[],
  workspaceId: string,
  what: string,
) {
  return items.map((value, i) => ({
    where: `${what} ${i + 1}${typeof value === 'object' && value && 'id' in value ? ` (${String(value.id)})` : ''}`,
    value:
      typeof value === 'object' && value !== null ? ({ ...(value as T), workspaceId } as T) : value,
  }));
}

/** Reads a JSON envelope written by Linchpin, checking every record; records join the given workspace. */
export function readJsonRecords(
  bytes: Uint8Array,
  context: ImportContext,
  limits: ReadLimits = {},
): FormatResult<GraphDocument> {
  return guard('JSON file', () => {
    const text = decodeUtf8(bytes, limits);
    if (!text.ok) return text;
    let raw: unknown;
    try {
      raw = JSON.parse(text.value);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const line = lineOfOffset(text.value, message);
      return failOne(
        line ? `line ${line}` : 'file',
        `The file is not valid JSON (${message}); it may be cut short.`,
        line ? { line } : {},
      );
    }
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) {
      return fail(
        envelope.error.issues.map((i) =>
          issue(i.path.join('.') || 'file', `${i.message}. This is not a Linchpin JSON export.`),
        ),
      );
    }
    const env = envelope.data;
    if (env.version > JSON_VERSION) {
      return failOne(
        'version',
        `The file was written by a newer Linchpin (format version ${env.version}); update Linchpin to read it.`,
      );
    }
    const records = validateRecords({
      entities: relabel(env.records.entities, context.workspaceId, 'entity'),
      links: relabel(env.records.links, context.workspaceId, 'link'),
      intel: relabel(env.records.intel, context.workspaceId, 'intelligence item'),
    });
    if (!records.ok) return records;
    return ok(
      graphDocument(records.value, {
        sourceIds: new Map(Object.entries(env.sourceIds ?? {})),
        nodeData: untagged(env.nodeData),
        linkData: untagged(env.linkData),
      }),
    );
  });
}
