import { DATA_SCHEMAS } from '../data-schemas';
import { ValidationError } from '../errors';
import type { DataRecords, DataTableName } from './types';

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
  placements: 'The chart placement',
  notDuplicates: 'The "not a duplicate" decision',
  orders: 'The order or notice',
  referrals: 'The safeguarding record',
  registers: 'The register entry',
  meetings: 'The board meeting',
};

/** Parses a record with the shared model's schema (filling defaults) or throws ValidationError. */
export function validated<T extends DataTableName>(table: T, value: unknown): DataRecords[T] {
  const result = DATA_SCHEMAS[table].safeParse(value);
  if (result.success) return result.data;
  const label = (value ?? {}) as { label?: unknown; name?: unknown; reference?: unknown };
  const name = label.label ?? label.name ?? label.reference;
  const what = typeof name === 'string' && name ? `${WHAT[table]} "${name}"` : WHAT[table];
  throw ValidationError.fromZod(what, result.error);
}
