import { useEffect, useId, useRef, useState } from 'react';
import { ErrorAlert } from '../app/ErrorAlert';

export interface DisposalTarget {
  id: string;
  label: string;
  kind: string;
  links: number;
}

/**
 * The last step before a MoPI disposal: names every record going, says plainly that it is final,
 * and, under the two-person rule, asks who agreed. Built on <dialog>, so focus stays inside and
 * Escape cancels.
 */
export function DisposalDialog(props: {
  targets: readonly DisposalTarget[];
  secondPersonRequired: boolean;
  onConfirm: (secondPerson: { name: string; role: string } | undefined) => Promise<void>;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const n = props.targets.length;
  const confirm = async () => {
    if (props.secondPersonRequired && (!name.trim() || !role.trim()))
      return setError('The two-person rule is on: give the name and role of the second person.');
    const second =
      name.trim() && role.trim() ? { name: name.trim(), role: role.trim() } : undefined;
    setBusy(true);
    try {
      await props.onConfirm(second);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={`${id}-t`}>Dispose of {n === 1 ? props.targets[0]!.label : `${n} records`}?</h2>
      <div id={`${id}-d`}>
        <ul>
          {props.targets.map((t) => (
            <li key={t.id}>
              {t.label} ({t.kind})
              {t.links ? `, with its ${t.links} link${t.links === 1 ? '' : 's'}` : ''}
            </li>
          ))}
        </ul>
        <p>
          <strong>This is final and cannot be undone.</strong> The record{n === 1 ? '' : 's'}, the
          links and any copy kept for un-merging are erased; undo will not bring them back, and the
          undo history is cleared. The decision log keeps only a tombstone: the kind of record, its
          opaque id, your grounds, who decided and when.
        </p>
      </div>
      <div className="stack-form">
        <label htmlFor={`${id}-name`}>
          Second person's name{props.secondPersonRequired ? '' : ' (optional)'}
        </label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${id}-role`}>
          Second person's role{props.secondPersonRequired ? '' : ' (optional)'}
        </label>
        <input id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} />
        <p className="hint">
          Recorded as given: Linchpin has one user per vault and cannot check who this is.
        </p>
      </div>
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
          Dispose of {n === 1 ? 'the record' : `${n} records`} for good
        </button>
      </div>
    </dialog>
  );
}
