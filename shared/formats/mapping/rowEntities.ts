import { fieldOf, NATURAL_KEY } from './fields';
import type { EntityTemplate } from './mappingSchema';
import { parseCell, type CellOptions } from './parseCell';

/** What one template reads from one row before identities are resolved. */
export interface RowEntity {
  label: string;
  identity: string;
  attrs: Record<string, string | string[]>;
  top: Record<string, string>;
}

type ColumnIndex = ReadonlyMap<string, number>;

/**
 * Reads one entity template from one row: undefined when every mapped cell is blank (the row
 * simply has no such entity), otherwise the values or the problems, each naming its field.
 */
export function readRowEntity(
  row: readonly string[],
  t: EntityTemplate,
  columns: ColumnIndex,
  options: CellOptions,
  problems: string[],
): RowEntity | undefined {
  const cell = (col: string | undefined) => (col ? (row[columns.get(col) ?? -1] ?? '') : '');
  const label = cell(t.label);
  const identityRaw = cell(t.identity);
  const attrs: Record<string, string | string[]> = {};
  const top: Record<string, string> = {};
  let any = label !== '' || identityRaw !== '';
  let bad = false;
  for (const [name, col] of Object.entries(t.fields)) {
    const raw = cell(col);
    if (raw === '') continue;
    any = true;
    const field = fieldOf(t.kind, name);
    if (!field) continue;
    const parsed = parseCell(raw, field.type, options);
    if (!parsed.ok) {
      problems.push(`${t.key} ${field.label.toLowerCase()}: ${parsed.message}`);
      bad = true;
      continue;
    }
    if (field.inAttrs) attrs[name] = parsed.value;
    else top[name] = parsed.value as string;
  }
  if (!any || bad) return undefined;
  const natural = NATURAL_KEY[t.kind];
  const naturalValue = natural ? attrs[natural] : undefined;
  const derived =
    t.kind === 'nominal'
      ? `${(attrs.forenames as string | undefined) ?? ''} ${(attrs.surname as string | undefined) ?? ''}`.trim()
      : typeof naturalValue === 'string'
        ? naturalValue
        : '';
  const finalLabel = label || derived;
  if (!finalLabel) {
    problems.push(
      `${t.key}: there is nothing to name this ${t.kind} by (the label cell is empty).`,
    );
    return undefined;
  }
  // A typed identity column (a phone number) matches on its normalised value, so spellings agree.
  const identityField = Object.entries(t.fields).find(([, c]) => c === t.identity)?.[0];
  const typedIdentity = identityField ? attrs[identityField] : undefined;
  const identity =
    typeof typedIdentity === 'string'
      ? typedIdentity
      : identityRaw
        ? identityRaw.toLowerCase().replace(/\s+/g, ' ')
        : typeof naturalValue === 'string'
          ? naturalValue
          : finalLabel.toLowerCase().replace(/\s+/g, ' ');
  return { label: finalLabel.slice(0, 300), identity, attrs, top };
}
