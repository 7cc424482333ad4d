import type { FieldSpec } from './fields';

export type FormValue = string | boolean | string[];
export type FormValues = Record<string, FormValue>;
export type FieldErrors = Record<string, string>;

export function readPath(record: unknown, path: string): unknown {
  let at: unknown = record;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function writePath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  let at = record;
  for (const key of keys) {
    const next = at[key];
    if (next === null || typeof next !== 'object') at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** The form's starting values: what the record holds, in the shape each input expects. */
export function valuesFrom(record: unknown, fields: FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const raw = readPath(record, field.path);
    if (field.type === 'checkbox') values[field.path] = raw === true;
    else if (field.type === 'choices')
      values[field.path] = Array.isArray(raw) ? raw.map(String) : [];
    else if (field.type === 'list') values[field.path] = Array.isArray(raw) ? raw.join(', ') : '';
    else values[field.path] = raw === undefined || raw === null ? '' : String(raw);
  }
  return values;
}

/**
 * Writes the form's values over a copy of the record. Blank optional fields are removed rather
 * than stored as empty strings, so the schema sees exactly what a user means by "nothing".
 */
export function applyValues(
  record: object,
  fields: FieldSpec[],
  values: FormValues,
): { candidate: Record<string, unknown>; errors: FieldErrors } {
  const candidate = structuredClone(record) as Record<string, unknown>;
  const errors: FieldErrors = {};
  for (const field of fields) {
    const value = values[field.path];
    if (value === undefined) continue;
    const before = readPath(record, field.path);
    switch (field.type) {
      case 'checkbox':
        if (value === true || before !== undefined)
          writePath(candidate, field.path, value === true);
        break;
      case 'choices':
        writePath(candidate, field.path, Array.isArray(value) ? value : []);
        break;
      case 'list':
        writePath(
          candidate,
          field.path,
          String(value)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        break;
      case 'number': {
        const text = String(value).trim();
        const number = Number(text);
        if (text === '') writePath(candidate, field.path, undefined);
        else if (Number.isFinite(number)) writePath(candidate, field.path, number);
        else errors[field.path] = `${field.label} must be a number, such as 51.5`;
        break;
      }
      case 'date':
      case 'select':
        // A blank choice ("not assessed", "not graded") means the value is absent.
        writePath(candidate, field.path, value === '' ? undefined : String(value));
        break;
      default:
        writePath(
          candidate,
          field.path,
          value === '' && before === undefined ? undefined : String(value),
        );
    }
  }
  return { candidate, errors };
}

/** Puts each schema complaint next to the field it is about; the rest go above the form. */
export function placeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fields: FieldSpec[],
): { fieldErrors: FieldErrors; formErrors: string[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  const paths = fields.map((f) => f.path).sort((a, b) => b.length - a.length);
  for (const issue of issues) {
    const issuePath = issue.path.map(String).join('.');
    const field = paths.find((p) => issuePath === p || issuePath.startsWith(`${p}.`));
    if (field && !fieldErrors[field]) fieldErrors[field] = issue.message;
    else if (!field) formErrors.push(issue.message);
  }
  return { fieldErrors, formErrors };
}
