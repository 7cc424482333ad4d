import type { Classification, IntelItem } from '../../../shared/model';
import { intelItemSchema } from '../../../shared/model';
import type { EditResult } from './edits';
import type { FieldSpec } from './fields';
import { CLASSIFICATION } from './fields';
import type { FieldErrors, FormValues } from './formModel';
import { applyValues, placeIssues } from './formModel';
import { gradeFields } from './gradeFields';

export type IntelPatch = Omit<IntelItem, 'id' | 'workspaceId' | 'createdAt' | 'updatedAt'>;
/** An item being written: a new one has no grade until all three parts are chosen. */
export type IntelDraft = Omit<IntelItem, 'grade'> & { grade?: IntelItem['grade'] };

const GRADE_PARTS = ['grade.source', 'grade.intelligence', 'grade.handling'] as const;
const PLACEHOLDER_ID = 'int_00000000000000000000';
const STAMP = '2000-01-01T00:00:00.000Z';

/**
 * The intelligence item form: reference, date, the 3x5x2 grade with its handling conditions,
 * source reference, review date (MoPI), summary and marking. A legacy 5x5x5 grade is shown, not
 * edited: its fields are left out and the grade passes through unchanged.
 */
export function intelFields(item?: IntelDraft): FieldSpec[] {
  const legacy = item?.grade?.scheme === '5x5x5';
  return [
    { path: 'reference', label: 'Reference', type: 'text', hint: 'For example KF/IR/26/0412' },
    { path: 'date', label: 'Date of the intelligence', type: 'date' },
    ...(legacy ? [] : gradeFields('Choose…', 'Grade (3x5x2)')),
    {
      path: 'sourceReference',
      label: 'Source reference',
      type: 'text',
      hint: "As the source register has it (never the source's name)",
    },
    { path: 'reviewDate', label: 'Review date', type: 'date' },
    { path: 'summary', label: 'Summary', type: 'textarea' },
    CLASSIFICATION,
  ];
}

/** A new item's starting values: dated today, ungraded, marked as the workspace is. */
export function blankIntel(
  workspaceId: string,
  today: string,
  marking: Classification,
): IntelDraft {
  return {
    id: PLACEHOLDER_ID,
    workspaceId,
    reference: '',
    date: today,
    summary: '',
    classification: marking,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** Every item is graded: all three parts chosen, or the blank ones are named. */
function settleGrade(candidate: Record<string, unknown>, values: FormValues, errors: FieldErrors) {
  if (!GRADE_PARTS.every((p) => p in values)) return;
  for (const p of GRADE_PARTS) {
    if (values[p] === '') errors[p] = 'Choose this: every intelligence item is graded 3x5x2';
  }
  const grade = { ...(candidate.grade as object), scheme: '3x5x2' } as Record<string, unknown>;
  if (!grade.conditions) delete grade.conditions;
  candidate.grade = grade;
}

export function intelEdit(
  item: IntelDraft,
  fields: FieldSpec[],
  values: FormValues,
  today: string,
): EditResult<IntelPatch> {
  const { candidate, errors } = applyValues(item, fields, values);
  settleGrade(candidate, values, errors);
  if (typeof candidate.reference === 'string') candidate.reference = candidate.reference.trim();
  if (!candidate.reference) errors.reference = 'Give the reference the item is filed under';
  const parsed = intelItemSchema.safeParse(candidate);
  const placed = parsed.success
    ? { fieldErrors: {}, formErrors: [] }
    : placeIssues(parsed.error.issues, fields);
  const fieldErrors: FieldErrors = { ...placed.fieldErrors, ...errors };
  if (typeof candidate.date === 'string' && candidate.date > today)
    fieldErrors.date ??= 'The intelligence cannot be dated after today';
  if (!parsed.success || Object.keys(fieldErrors).length > 0) {
    return { ok: false, fieldErrors, formErrors: placed.formErrors };
  }
  const { id: _id, workspaceId: _ws, createdAt: _c, updatedAt: _u, ...patch } = parsed.data;
  void [_id, _ws, _c, _u, PLACEHOLDER_ID];
  return { ok: true, patch };
}
