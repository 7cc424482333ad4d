import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Session } from '../store';

/**
 * The name the audit log records. Set once when the vault is made; changing it is a deliberate
 * step, itself logged with both names, and earlier events keep the name they were recorded under.
 */
export function UserNameSetting({ session }: { session: Session }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(session.settings.userName);
  const [message, setMessage] = useState('');
  async function save(e: FormEvent) {
    e.preventDefault();
    const next = name.trim();
    if (!next) return setMessage('Your name cannot be empty: the audit log records it.');
    if (next === session.settings.userName) return setEditing(false);
    await session.updateSettings({ userName: next });
    setEditing(false);
    setMessage(
      `Name changed to ${next}. The change is in the audit log; earlier events keep the earlier name.`,
    );
  }
  return (
    <section className="stack-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Your name in the audit log</h2>
      <p>
        Events are recorded as <strong>{session.settings.userName}</strong>.
      </p>
      {editing ? (
        <form onSubmit={(e) => void save(e)} className="stack-form" noValidate>
          <label htmlFor={`${id}-name`}>New name</label>
          <input
            id={`${id}-name`}
            value={name}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setName(e.target.value)}
          />
          <p className="hint" id={`${id}-hint`}>
            The name is set once per vault. A change is itself recorded in the audit log, with the
            old and the new name; events already recorded keep the name they were recorded under.
          </p>
          <div className="toolbar">
            <button type="submit" className="primary">
              Record the new name
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setEditing(true)}>
          Change the name recorded in the audit log
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
