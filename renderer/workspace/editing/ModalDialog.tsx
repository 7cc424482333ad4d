import type { FormEvent, ReactNode } from 'react';
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A native modal <dialog>: the browser traps focus, Esc closes it and the page behind is inert,
 * which is what keyboard and screen-reader users expect of a modal.
 */
export function ModalDialog(props: {
  title: string;
  submitLabel: string;
  busy: boolean;
  /** A refusal from the store, shown above the buttons; the answers stay in the form. */
  error: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // Where the keyboard was (the chart, usually): it goes back there when the dialog closes,
  // whether by Cancel, Escape or a successful save, so N, L and Delete keep working.
  const opener = useRef<Element | null>(null);
  const onClose = props.onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    const closed = () => onClose();
    dialog?.addEventListener('close', closed);
    return () => dialog?.removeEventListener('close', closed);
  }, [onClose]);
  // A layout effect: its cleanup runs as the dialog leaves the page, before the next key press.
  useLayoutEffect(
    () => () => {
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus({ preventScroll: true });
    },
    [],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  const titleId = `dlg-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog ref={ref} className="ws-dialog" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        {props.error ? (
          <p className="form-error" role="alert">
            {props.error}
          </p>
        ) : null}
        <div className="dialog-buttons">
          <button type="button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={props.busy}>
            {props.submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A labelled input with its error tied to it, so screen readers announce both. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy = props.error
    ? `${props.id}-error`
    : props.hint
      ? `${props.id}-hint`
      : undefined;
  return (
    <div className="dialog-field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children(describedBy)}
      {props.error ? (
        <span id={`${props.id}-error`} className="field-error">
          {props.error}
        </span>
      ) : props.hint ? (
        <span id={`${props.id}-hint`} className="muted">
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
