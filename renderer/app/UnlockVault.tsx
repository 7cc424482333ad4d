import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import type { Session, VaultService } from '../store';
import { WrongPassphraseError } from '../store';

export function UnlockVault({
  vault,
  notice,
  onUnlocked,
}: {
  vault: VaultService;
  notice: string | undefined;
  onUnlocked: (session: Session) => void;
}) {
  const passId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!passphrase) {
      setError('Enter the vault passphrase.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const session = await vault.unlock(passphrase);
      setPassphrase('');
      onUnlocked(session);
    } catch (err) {
      setError(
        err instanceof WrongPassphraseError
          ? err.message
          : `The vault could not be opened: ${err instanceof Error ? err.message : String(err)}`,
      );
      setBusy(false);
    }
  }

  return (
    <main className="centre-card">
      <h1>Linchpin is locked</h1>
      {notice ? <p className="notice">{notice}</p> : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={passId}>Vault passphrase</label>
        <input
          id={passId}
          type="password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          autoComplete="off"
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${passId}-error` : undefined}
        />
        {error ? (
          <p id={`${passId}-error`} className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
      </form>
    </main>
  );
}
