import { useState } from 'react';
import type { Classification, LinkKind } from '../../../shared/model';
import type { VictimLinkIssue } from '../../../shared/model';
import { CLASSIFICATIONS, LINK_KIND_IDS, LINK_KINDS } from '../../../shared/model';
import type { NewLink } from '../../store/api';
import type { LinkAnswers } from './linkDraft';
import { linkDraft } from './linkDraft';
import { Field, ModalDialog } from './ModalDialog';

const choice = (
  id: string,
  label: string,
  value: string,
  options: string[],
  set: (v: string) => void,
) => (
  <Field id={id} label={label}>
    {() => (
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">–</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    )}
  </Field>
);

/**
 * Kind, strength, 3x5x2 grade and dates of a link between two chosen entities. The sentence the
 * link will say is shown as it is built, and the ends can be swapped: which was clicked first
 * decides nothing for good.
 */
export function LinkDialog(props: {
  label: (id: string) => string;
  source: string;
  target: string;
  defaultClassification: Classification;
  /** Whether the link would make a victim the offender (shared/model victimAsOffender). */
  check: (link: { kind: LinkKind; source: string; target: string }) => VictimLinkIssue | null;
  onCreate: (draft: NewLink) => Promise<void>;
  onClose: () => void;
}) {
  const [ends, setEnds] = useState({ source: props.source, target: props.target });
  const [confirmed, setConfirmed] = useState<string | null>(null);
  const [a, setA] = useState<LinkAnswers>({
    kind: 'associate',
    strength: 3,
    source: '',
    intelligence: '',
    handling: '',
    conditions: '',
    firstSeen: '',
    lastSeen: '',
    classification: props.defaultClassification,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof LinkAnswers>(k: K) =>
    (v: LinkAnswers[K]) =>
      setA((p) => ({ ...p, [k]: v }));

  const submit = () => {
    const result = linkDraft(ends.source, ends.target, a);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    const issue = props.check({ kind: a.kind, ...ends });
    if (issue?.severity === 'refuse') return setRefusal(issue.message);
    if (issue && confirmed !== issue.message) {
      // Asked once: pressing Create again confirms that the person is the offender here.
      setConfirmed(issue.message);
      return setRefusal(`${issue.message} Press Create link again to confirm.`);
    }
    setBusy(true);
    props
      .onCreate(result.draft)
      .then(props.onClose)
      .catch((e: unknown) => setRefusal(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };
  const date = (key: 'firstSeen' | 'lastSeen', label: string) => (
    <Field id={`link-${key}`} label={label} error={errors[key]}>
      {(d) => (
        <input
          id={`link-${key}`}
          type="date"
          value={a[key]}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={d}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <ModalDialog
      title="New link"
      submitLabel="Create link"
      busy={busy}
      error={refusal}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <p className="dialog-ends" aria-live="polite">
        The link says: <strong>{props.label(ends.source)}</strong> {LINK_KINDS[a.kind].forward}{' '}
        <strong>{props.label(ends.target)}</strong>
      </p>
      {LINK_KINDS[a.kind].directed ? (
        <button
          type="button"
          onClick={() => {
            setRefusal(null);
            setEnds({ source: ends.target, target: ends.source });
          }}
        >
          Swap direction
        </button>
      ) : null}
      <Field id="link-kind" label="Kind of link">
        {() => (
          <select
            id="link-kind"
            autoFocus
            value={a.kind}
            onChange={(e) => set('kind')(e.target.value as LinkKind)}
          >
            {LINK_KIND_IDS.map((k) => (
              <option key={k} value={k}>
                {LINK_KINDS[k].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="link-strength" label="Strength (1 weak – 5 strong)">
        {() => (
          <input
            id="link-strength"
            type="number"
            min={1}
            max={5}
            value={a.strength}
            onChange={(e) => set('strength')(Number(e.target.value))}
          />
        )}
      </Field>
      <fieldset className="dialog-grade">
        <legend>Grade (3x5x2)</legend>
        {choice('link-grade-source', 'Source', a.source, ['1', '2', '3'], set('source'))}
        {choice(
          'link-grade-intel',
          'Intelligence',
          a.intelligence,
          ['A', 'B', 'C', 'D', 'E'],
          set('intelligence'),
        )}
        {choice('link-grade-handling', 'Handling', a.handling, ['P', 'C'], set('handling'))}
        {errors.grade ? (
          <span className="field-error" role="alert">
            {errors.grade}
          </span>
        ) : null}
      </fieldset>
      {a.handling === 'C' ? (
        <Field id="link-conditions" label="Handling conditions">
          {() => (
            <textarea
              id="link-conditions"
              value={a.conditions}
              onChange={(e) => set('conditions')(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      {date('firstSeen', 'First seen')}
      {date('lastSeen', 'Last seen')}
      <Field id="link-classification" label="Classification">
        {() => (
          <select
            id="link-classification"
            value={a.classification}
            onChange={(e) => set('classification')(e.target.value as Classification)}
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
