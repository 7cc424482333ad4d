import type { FormEvent } from 'react';
import { useState } from 'react';
import { FieldInput } from './FieldInput';
import type { EditResult } from './edits';
import type { FieldSpec } from './fields';
import type { FieldErrors, FormValues } from './formModel';
import { placeIssues, valuesFrom } from './formModel';

/** Runs of fields, each run either ungrouped or all of one group, in the given order. */
function groupFields(fields: FieldSpec[]): { group: string | undefined; fields: FieldSpec[] }[] {
  const parts: { group: string | undefined; fields: FieldSpec[] }[] = [];
  for (const field of fields) {
    const last = parts.at(-1);
    if (last && last.group === field.group) last.fields.push(field);
    else parts.push({ group: field.group, fields: [field] });
  }
  return parts;
}

function messageOf(error: unknown): string {
  return error instanceof Error
    ? error.message
    : 'The edit was refused for a reason the store did not give.';
}

/**
 * Edits one record. Checks the model's rules before sending, and if the store still refuses,
 * shows why next to the field where it can and keeps everything the user typed.
 */
export function EditForm<P>(props: {
  record: object;
  fields: FieldSpec[];
  idPrefix: string;
  title: string;
  build: (values: FormValues) => EditResult<P>;
  submit: (patch: P) => Promise<void>;
  onClose: () => void;
}) {
  const [values, setValues] = useState<FormValues>(() => valuesFrom(props.record, props.fields));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = props.build(values);
    if (!result.ok) {
      setFieldErrors(result.fieldErrors);
      setFormErrors(
        result.formErrors.length
          ? result.formErrors
          : ['Some fields need attention; see the messages below them.'],
      );
      return;
    }
    setSaving(true);
    try {
      await props.submit(result.patch);
      props.onClose();
    } catch (error) {
      const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
      const placed = issues
        ? placeIssues(issues, props.fields)
        : { fieldErrors: {}, formErrors: [] };
      setFieldErrors(placed.fieldErrors);
      setFormErrors(placed.formErrors.length ? placed.formErrors : [messageOf(error)]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="edit-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={props.title}
    >
      {formErrors.length > 0 ? (
        <div className="form-errors" role="alert">
          {formErrors.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      ) : null}
      {groupFields(props.fields).map((part) => {
        const inputs = part.fields.map((field) => (
          <FieldInput
            key={field.path}
            field={field}
            idPrefix={props.idPrefix}
            value={values[field.path] ?? ''}
            error={fieldErrors[field.path]}
            onChange={(value) => setValues((v) => ({ ...v, [field.path]: value }))}
          />
        ));
        return part.group ? (
          <fieldset key={part.group} className="field-group">
            <legend>{part.group}</legend>
            {inputs}
          </fieldset>
        ) : (
          inputs
        );
      })}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={props.onClose} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
