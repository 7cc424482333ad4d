import type { Entity, Link, VictimLinkIssue } from '../../../shared/model';
import {
  entitySchema,
  isBlankSafeguarding,
  linkSchema,
  safeguardingIssues,
  todayIso,
} from '../../../shared/model';
import type { FieldSpec } from './fields';
import type { FieldErrors, FormValues } from './formModel';
import { applyValues, placeIssues } from './formModel';

export type EditResult<P> =
  { ok: true; patch: P } | { ok: false; fieldErrors: FieldErrors; formErrors: string[] };

const ENTITY_EDITABLE = [
  'label',
  'notes',
  'classification',
  'reviewDate',
  'provenance',
  'attrs',
] as const;
const LINK_EDITABLE = [
  'kind',
  'label',
  'strength',
  'firstSeen',
  'lastSeen',
  'grade',
  'classification',
  'provenance',
  'notes',
] as const;

type Editable<T, K extends readonly (keyof T)[]> = Pick<T, K[number]>;
export type EntityEditPatch = Partial<Editable<Entity, typeof ENTITY_EDITABLE>>;
export type LinkEditPatch = Partial<Editable<Link, typeof LINK_EDITABLE>>;

/** Every editable key is in the patch, even when cleared, so "remove the review date" is said out loud. */
function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Pick<T, K>;
}

export function entityEdit(
  entity: Entity,
  fields: FieldSpec[],
  values: FormValues,
  today: string = todayIso(),
): EditResult<EntityEditPatch> {
  const { candidate, errors } = applyValues(entity, fields, values);
  const parsed = entitySchema.safeParse(candidate);
  const placed = parsed.success
    ? { fieldErrors: {}, formErrors: [] }
    : placeIssues(parsed.error.issues, fields);
  const fieldErrors = { ...placed.fieldErrors, ...errors };
  if (parsed.success && parsed.data.kind === 'nominal') {
    const attrs = parsed.data.attrs;
    for (const issue of safeguardingIssues(attrs.safeguarding, today))
      fieldErrors[`attrs.safeguarding.${issue.field}`] ??= issue.message;
    // Opening the form must not add a record of "nothing known" to someone who had none.
    const hadNone = entity.kind === 'nominal' && !entity.attrs.safeguarding;
    if (hadNone && attrs.safeguarding && isBlankSafeguarding(attrs.safeguarding))
      delete attrs.safeguarding;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { ok: false, fieldErrors, formErrors: placed.formErrors };
  }
  return { ok: true, patch: pick(parsed.data, ENTITY_EDITABLE) };
}

const GRADE_PARTS = ['grade.source', 'grade.intelligence', 'grade.handling'] as const;

/**
 * A 3x5x2 grade is all three parts or none. Legacy 5x5x5 grades are read-only here: their
 * fields are not in the form, so they pass through untouched.
 */
function settleGrade(
  candidate: Record<string, unknown>,
  values: FormValues,
  errors: FieldErrors,
): void {
  if (!GRADE_PARTS.every((p) => p in values)) return;
  const chosen = GRADE_PARTS.filter((p) => values[p] !== '');
  if (chosen.length === 0) {
    delete candidate.grade;
    return;
  }
  if (chosen.length < GRADE_PARTS.length) {
    for (const p of GRADE_PARTS) {
      if (values[p] === '')
        errors[p] = 'Choose this too: a grade needs source, intelligence and handling';
    }
    return;
  }
  const grade: Record<string, unknown> = { ...(candidate.grade as object), scheme: '3x5x2' };
  if (!grade.conditions) delete grade.conditions;
  candidate.grade = grade;
}

export function linkEdit(
  link: Link,
  fields: FieldSpec[],
  values: FormValues,
  /** Refuses a kind that would make an exploited victim the offender (victimAsOffender). */
  check: (edited: Link) => VictimLinkIssue | null = () => null,
): EditResult<LinkEditPatch> {
  const { candidate, errors } = applyValues(link, fields, values);
  if (typeof candidate.strength === 'string') candidate.strength = Number(candidate.strength);
  settleGrade(candidate, values, errors);
  const parsed = linkSchema.safeParse(candidate);
  const placed = parsed.success
    ? { fieldErrors: {}, formErrors: [] }
    : placeIssues(parsed.error.issues, fields);
  const fieldErrors = { ...placed.fieldErrors, ...errors };
  const issue = parsed.success ? check(parsed.data) : null;
  if (issue?.severity === 'refuse') fieldErrors.kind ??= issue.message;
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { ok: false, fieldErrors, formErrors: placed.formErrors };
  }
  return { ok: true, patch: pick(parsed.data, LINK_EDITABLE) };
}
