import type { FieldSpec } from './fields';
import type { FormValue } from './formModel';

/** One labelled input; its error is announced with it and sits right under it. */
export function FieldInput(props: {
  field: FieldSpec;
  value: FormValue;
  error: string | undefined;
  idPrefix: string;
  onChange: (value: FormValue) => void;
}) {
  const { field, value, error } = props;
  const id = `${props.idPrefix}-${field.path.replace(/\./g, '-')}`;
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  };
  let input;
  switch (field.type) {
    case 'checkbox':
      input = (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => props.onChange(e.target.checked)}
        />
      );
      break;
    case 'textarea':
      input = (
        <textarea
          {...common}
          rows={3}
          value={String(value)}
          onChange={(e) => props.onChange(e.target.value)}
        />
      );
      break;
    case 'select':
      input = (
        <select {...common} value={String(value)} onChange={(e) => props.onChange(e.target.value)}>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'choices': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <fieldset
          className={`field choices${error ? ' has-error' : ''}`}
          aria-describedby={described || undefined}
        >
          <legend>{field.label}</legend>
          {field.options?.length ? null : <p className="muted">None available.</p>}
          {field.options?.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(o.value)}
                onChange={(e) =>
                  props.onChange(
                    e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value),
                  )
                }
              />
              {o.label}
            </label>
          ))}
          {error ? (
            <p className="field-error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </fieldset>
      );
    }
    default:
      input = (
        <input
          {...common}
          type={field.type === 'date' ? 'date' : 'text'}
          inputMode={field.type === 'number' ? 'decimal' : undefined}
          value={String(value)}
          onChange={(e) => props.onChange(e.target.value)}
        />
      );
  }
  return (
    <div className={`field field-${field.type}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{field.label}</label>
      {input}
      {field.hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
