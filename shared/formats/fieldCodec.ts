import {
  ENTITY_KIND_IDS,
  entitySchema,
  type Entity,
  type EntityKind,
  type Id,
  type Link,
} from '../model';
import { issue, type FormatIssue } from './result';
import type { ResolvedContext, Scalar } from './records';

/**
 * Graph formats carry flat, typed attributes; the model has nested ones. This codec flattens an
 * entity or link into named scalars (lists and nested objects as JSON text) and back, so that
 * GraphML, GEXF and ANX share one mapping and Gephi or networkx users see plain columns.
 */

const JSON_FIELDS = new Set(['aliases', 'roles', 'safeguarding', 'provenance', 'grade']);
const NUMBER_FIELDS = new Set(['lat', 'lon', 'strength', 'callCount', 'callSeconds']);
/** Calendar-date fields: ANX writes them as xsd:dateTime with the ISO "T". */
export const DATE_FIELDS = new Set(['reviewDate', 'dateOfBirth', 'firstSeen', 'lastSeen']);
export const INSTANT_FIELDS = new Set(['createdAt', 'updatedAt']);

const ENTITY_COMMON = [
  'kind',
  'label',
  'notes',
  'classification',
  'reviewDate',
  'provenance',
  'createdAt',
  'updatedAt',
];
const LINK_FIELDS = [
  'kind',
  'label',
  'strength',
  'grade',
  'firstSeen',
  'lastSeen',
  'callCount',
  'callSeconds',
  'provenance',
  'classification',
  'notes',
  'createdAt',
  'updatedAt',
];

const ATTR_KEYS = new Map<EntityKind, Set<string>>(
  entitySchema.options.map((o) => [o.shape.kind.value, new Set(Object.keys(o.shape.attrs.shape))]),
);

/** Names an extra attribute (a measure, an imported column) may not take. */
export const RESERVED_NODE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  ...ENTITY_COMMON,
  ...[...ATTR_KEYS.values()].flatMap((s) => [...s]),
]);
export const RESERVED_LINK_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'source',
  'target',
  ...LINK_FIELDS,
]);

function encode(value: unknown): Scalar | undefined {
  // No empty fields: a blank forename says nothing and other tools show it as a value.
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.length ? JSON.stringify(value) : undefined;
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return undefined;
}

function put(out: Record<string, Scalar>, key: string, value: unknown): void {
  const v = encode(value);
  if (v !== undefined) out[key] = v;
}

export function entityToFields(e: Entity): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const key of ENTITY_COMMON) put(out, key, (e as Record<string, unknown>)[key]);
  if (out.notes === '') delete out.notes;
  for (const [key, value] of Object.entries(e.attrs)) put(out, key, value);
  return out;
}

export function linkToFields(l: Link): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const key of LINK_FIELDS) put(out, key, (l as Record<string, unknown>)[key]);
  if (out.notes === '') delete out.notes;
  if (out.label === '') delete out.label;
  return out;
}

function decode(name: string, value: Scalar, where: string, errors: FormatIssue[]): unknown {
  if (JSON_FIELDS.has(name)) {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      errors.push(
        issue(where, `The ${name} value is not readable (expected JSON text such as ["a","b"]).`),
      );
      return undefined;
    }
  }
  if (NUMBER_FIELDS.has(name)) {
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value);
    return value;
  }
  return typeof value === 'string' ? value : String(value);
}

export interface Decoded {
  candidate: Record<string, unknown>;
  extras: Record<string, Scalar>;
}

/** Rebuilds an entity candidate from flat fields; unknown names become extras, not errors. */
export function fieldsToEntity(
  id: Id,
  fields: Record<string, Scalar>,
  ctx: ResolvedContext,
  where: string,
  errors: FormatIssue[],
  fallback: { kind: EntityKind; label: string },
): Decoded {
  const rawKind = fields.kind ?? fallback.kind;
  const kind = (ENTITY_KIND_IDS as readonly string[]).includes(String(rawKind))
    ? (String(rawKind) as EntityKind)
    : undefined;
  if (!kind)
    errors.push(
      issue(
        where,
        `"${String(rawKind)}" is not a kind of entity Linchpin knows (${ENTITY_KIND_IDS.join(', ')}).`,
      ),
    );
  const attrKeys = ATTR_KEYS.get(kind ?? fallback.kind) ?? new Set<string>();
  const candidate: Record<string, unknown> = {
    id,
    workspaceId: ctx.workspaceId,
    label: fallback.label,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const attrs: Record<string, unknown> = {};
  const extras: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'kind' || name === 'id') continue;
    if (ENTITY_COMMON.includes(name)) candidate[name] = decode(name, value, where, errors);
    else if (attrKeys.has(name)) attrs[name] = decode(name, value, where, errors);
    else extras[name] = value;
  }
  if (candidate.label === '') candidate.label = fallback.label;
  candidate.kind = kind ?? fallback.kind;
  candidate.attrs = attrs;
  return { candidate, extras };
}

export function fieldsToLink(
  ends: { id: Id; source: Id; target: Id },
  fields: Record<string, Scalar>,
  ctx: ResolvedContext,
  where: string,
  errors: FormatIssue[],
): Decoded {
  const candidate: Record<string, unknown> = {
    ...ends,
    workspaceId: ctx.workspaceId,
    kind: 'associate',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const extras: Record<string, Scalar> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'id' || name === 'source' || name === 'target') continue;
    if (LINK_FIELDS.includes(name)) candidate[name] = decode(name, value, where, errors);
    else extras[name] = value;
  }
  return { candidate, extras };
}

/** How our writers name an imported attribute whose own name is a built-in field's. */
export const IMPORTED_PREFIX = 'imported.';

const NODE_MODEL_NAMES: ReadonlySet<string> = new Set([
  ...ENTITY_COMMON,
  ...[...ATTR_KEYS.values()].flatMap((s) => [...s]),
]);
const LABEL_NAMES = ['label', 'Label', 'LABEL', 'name', 'Name', 'NAME'];

/**
 * Splits what a file says about a node or edge. In Linchpin's own files the model's field names
 * are model fields; in anyone else's file only a text label is taken (as the label), and every
 * other value is kept under its own name, since "kind" or "gender" there need not mean ours.
 */
export function splitValues(
  values: Record<string, Scalar>,
  side: 'node' | 'edge',
  own: boolean,
): { fields: Record<string, Scalar>; imported: Record<string, Scalar> } {
  const fields: Record<string, Scalar> = {};
  const imported: Record<string, Scalar> = {};
  if (own) {
    const model = side === 'node' ? NODE_MODEL_NAMES : new Set(LINK_FIELDS);
    for (const [name, value] of Object.entries(values)) {
      if (name.startsWith(IMPORTED_PREFIX)) imported[name.slice(IMPORTED_PREFIX.length)] = value;
      else if (name === 'kind' || model.has(name)) fields[name] = value;
      else imported[name] = value;
    }
    return { fields, imported };
  }
  const labelName = LABEL_NAMES.find((n) => typeof values[n] === 'string' && values[n] !== '');
  for (const [name, value] of Object.entries(values)) {
    if (name === labelName) fields.label = value;
    else imported[name] = value;
  }
  return { fields, imported };
}
