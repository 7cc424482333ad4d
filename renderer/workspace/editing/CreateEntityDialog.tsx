import { useState } from 'react';
import type { Classification, EntityKind } from '../../../shared/model';
import { CLASSIFICATIONS, ENTITY_KIND_IDS, ENTITY_KINDS } from '../../../shared/model';
import type { NewEntity } from '../../store/api';
import { entityDraft, KEY_FIELDS } from './entityDraft';
import { Field, ModalDialog } from './ModalDialog';

/** Kind, label and the identifying facts of a new entity; nothing is lost if the store refuses. */
export function CreateEntityDialog(props: {
  initialKind: EntityKind;
  defaultClassification: Classification;
  onCreate: (draft: NewEntity) => Promise<void>;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<EntityKind>(props.initialKind);
  const [label, setLabel] = useState('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [classification, setClassification] = useState(props.defaultClassification);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = () => {
    const result = entityDraft(kind, label, values, classification);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    props
      .onCreate(result.draft)
      .then(props.onClose)
      .catch((e: unknown) => setRefusal(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <ModalDialog
      title="New entity"
      submitLabel="Create"
      busy={busy}
      error={refusal}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <Field id="new-kind" label="Kind">
        {() => (
          <select
            id="new-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as EntityKind)}
          >
            {ENTITY_KIND_IDS.map((k) => (
              <option key={k} value={k}>
                {ENTITY_KINDS[k].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="new-label" label="Label" error={errors.label}>
        {(d) => (
          <input
            id="new-label"
            autoFocus
            value={label}
            aria-invalid={errors.label ? true : undefined}
            aria-describedby={d}
            onChange={(e) => setLabel(e.target.value)}
          />
        )}
      </Field>
      {KEY_FIELDS[kind].map((f) => (
        <Field key={f.key} id={`new-${f.key}`} label={f.label} hint={f.hint} error={errors[f.key]}>
          {(d) => (
            <input
              id={`new-${f.key}`}
              type={f.key === 'dateOfBirth' ? 'date' : 'text'}
              value={values[f.key] ?? ''}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={d}
              onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <Field id="new-classification" label="Classification">
        {() => (
          <select
            id="new-classification"
            value={classification}
            onChange={(e) => setClassification(e.target.value as Classification)}
          >
            {CLASSIFICATIONS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        )}
      </Field>
    </ModalDialog>
  );
}
