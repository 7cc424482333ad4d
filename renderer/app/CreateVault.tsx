import type { FormEvent } from 'react';
import { useCallback, useId, useState } from 'react';
import type { Session, VaultService } from '../store';
import { loadDemoWorkspace } from './loadDemo';
import { PassphraseMeter } from './PassphraseMeter';
import { checkStrength, MINIMUM_LENGTH, MINIMUM_SCORE } from './strength';
import { rememberWorkspace } from './lastWorkspace';

/** First run: the analyst names themselves (for the audit log) and sets the vault passphrase. */
export function CreateVault({
  vault,
  onCreated,
}: {
  vault: VaultService;
  /** Called with the demo workspace's id when the analyst asked for it, already open. */
  onCreated: (session: Session, openWorkspaceId?: string) => void;
}) {
  const ids = { name: useId(), pass: useId(), confirm: useId(), demo: useId(), warn: useId() };
  const [userName, setUserName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [openDemo, setOpenDemo] = useState(true);
  const [score, setScore] = useState(0);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [busyText, setBusyText] = useState('Creating the vault…');
  const onScore = useCallback((s: number) => setScore(s), []);

  function problem(score: number): string | undefined {
    if (!userName.trim())
      return 'Enter your name: it is recorded with everything you do, as the law requires.';
    if (passphrase.length < MINIMUM_LENGTH)
      return `Use at least ${MINIMUM_LENGTH} characters; a few unrelated words work well.`;
    if (score < MINIMUM_SCORE)
      return 'That passphrase is too easy to guess. Add more uncommon words.';
    if (passphrase !== confirm) return 'The two passphrases do not match.';
    return undefined;
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    // The meter's score may not be in yet on a quick first click (its dictionaries load lazily):
    // judge the passphrase itself, never a stale score.
    const strength = await checkStrength(passphrase).catch(() => ({ score }));
    const p = problem(strength.score);
    setError(p);
    if (p) {
      setBusy(false);
      return;
    }
    try {
      const session = await vault.create(passphrase, userName.trim());
      if (!openDemo) return onCreated(session);
      setBusyText('Adding the fictional demo workspace…');
      // The vault exists now whatever happens to the demo: a failure here only skips opening it,
      // and the workspace list offers it again.
      const id = await loadDemoWorkspace(session)
        .then(async (created) => {
          await session.openWorkspace(created);
          rememberWorkspace(created);
          return created;
        })
        .catch(() => undefined);
      onCreated(session, id);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  }

  return (
    <main className="centre-card">
      <h1>Welcome to Linchpin</h1>
      <p>
        Linchpin keeps everything on this computer, encrypted. Create the vault that will hold your
        workspaces.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-describedby={ids.warn}>
        <label htmlFor={ids.name}>Your name (recorded in the audit log)</label>
        <input
          id={ids.name}
          value={userName}
          onChange={(e) => setUserName(e.target.value)}
          autoComplete="off"
          required
        />
        <label htmlFor={ids.pass}>Vault passphrase</label>
        <input
          id={ids.pass}
          type="password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          autoComplete="off"
          required
        />
        <PassphraseMeter passphrase={passphrase} onScore={onScore} />
        <label htmlFor={ids.confirm}>Type the passphrase again</label>
        <input
          id={ids.confirm}
          type="password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          autoComplete="off"
          required
        />
        <p id={ids.warn} className="warning-box">
          <strong>There is no way to recover a lost passphrase.</strong> Nobody, including the
          makers of Linchpin, can open the vault without it. Keep it somewhere safe under your
          force&apos;s policy.
        </p>
        <div className="check-row">
          <input
            id={ids.demo}
            type="checkbox"
            checked={openDemo}
            onChange={(e) => setOpenDemo(e.target.checked)}
          />
          <label htmlFor={ids.demo}>Add and open the fictional demo workspace</label>
        </div>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? busyText : 'Create vault'}
        </button>
      </form>
    </main>
  );
}
