import type { z } from 'zod';
import {
  entitySchema,
  intelItemSchema,
  linkSchema,
  savedViewSchema,
  workspaceSchema,
} from '../../../shared/model';
import { ValidationError } from '../errors';
import {
  matrixRecordSchema,
  mergeRecordSchema,
  planRecordSchema,
  profileRecordSchema,
  reviewRecordSchema,
  scoreStoredSchema,
  tacticRecordSchema,
} from '../partnership-schemas';
import type { DataRecords, DataTableName } from './types';

const SCHEMAS: { [T in DataTableName]: z.ZodType<DataRecords[T]> } = {
  workspaces: workspaceSchema,
  entities: entitySchema,
  links: linkSchema,
  intel: intelItemSchema,
  views: savedViewSchema,
  plans: planRecordSchema,
  tactics: tacticRecordSchema,
  scores: scoreStoredSchema,
  matrices: matrixRecordSchema,
  profiles: profileRecordSchema,
  reviews: reviewRecordSchema,
  merges: mergeRecordSchema,
};

const WHAT: Record<DataTableName, string> = {
  workspaces: 'The workspace',
  entities: 'The entity',
  links: 'The link',
  intel: 'The intelligence item',
  views: 'The saved view',
  plans: 'The disruption plan',
  tactics: 'The tactic',
  scores: 'The OCG score',
  matrices: 'The scoring matrix',
  profiles: 'The partnership profile',
  reviews: 'The review decision',
  merges: 'The merge',
};

/** Parses a record with the shared model's schema (filling defaults) or throws ValidationError. */
export function validated<T extends DataTableName>(table: T, value: unknown): DataRecords[T] {
  const result = SCHEMAS[table].safeParse(value);
  if (result.success) return result.data;
  const label = (value ?? {}) as { label?: unknown; name?: unknown; reference?: unknown };
  const name = label.label ?? label.name ?? label.reference;
  const what = typeof name === 'string' && name ? `${WHAT[table]} "${name}"` : WHAT[table];
  throw ValidationError.fromZod(what, result.error);
}
