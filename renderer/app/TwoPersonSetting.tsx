import { useId, useState } from 'react';
import type { Session } from '../store';

/** The vault's two-person rule: who else must agree before a disclosure or a MoPI disposal. */
export function TwoPersonSetting({ session }: { session: Session }) {
  const id = useId();
  const initial = session.settings.twoPerson ?? { disclosure: false, disposal: false };
  const [rule, setRule] = useState(initial);
  const [message, setMessage] = useState('');
  return (
    <form
      className="stack-form"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void session.updateSettings({ twoPerson: rule }).then(
          () => setMessage('Two-person rule saved and logged.'),
          (err: Error) => setMessage(err.message),
        );
      }}
    >
      <h2 id={`${id}-h`}>Two-person rule</h2>
      <label className="check-row">
        <input
          type="checkbox"
          checked={rule.disclosure}
          onChange={(e) => setRule({ ...rule, disclosure: e.target.checked })}
        />
        A supervisor must sign off every partnership disclosure
      </label>
      <label className="check-row">
        <input
          type="checkbox"
          checked={rule.disposal}
          onChange={(e) => setRule({ ...rule, disposal: e.target.checked })}
        />
        A second person must agree every MoPI disposal
      </label>
      <p className="hint">
        Linchpin has one user per vault, so the second person is recorded by the name and role
        given, not checked.
      </p>
      <button type="submit">Save the two-person rule</button>
      <p role="status">{message}</p>
    </form>
  );
}
