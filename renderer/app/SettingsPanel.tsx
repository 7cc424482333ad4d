import type { FormEvent } from 'react';
import { useCallback, useEffect, useId, useState } from 'react';
import type { QuarantinedRecord, Session } from '../store';
import { ChartDrawingSetting } from './ChartDrawingSetting';
import { PassphraseMeter } from './PassphraseMeter';
import { TwoPersonSetting } from './TwoPersonSetting';
import { UserNameSetting } from './UserNameSetting';
import { MINIMUM_LENGTH, MINIMUM_SCORE } from './strength';

export function SettingsPanel({ session }: { session: Session }) {
  const ids = {
    idle: useId(),
    old: useId(),
    next: useId(),
    again: useId(),
    rotate: useId(),
    rotateHelp: useId(),
  };
  const [idle, setIdle] = useState(String(session.settings.idleLockMinutes));
  const [saved, setSaved] = useState<string>();
  const [pass, setPass] = useState({ old: '', next: '', again: '' });
  const [score, setScore] = useState(0);
  const [passMessage, setPassMessage] = useState<{ ok: boolean; text: string }>();
  const [reencrypt, setReencrypt] = useState(true);
  const [changing, setChanging] = useState(false);
  const [quarantine, setQuarantine] = useState<QuarantinedRecord[]>([]);
  const onScore = useCallback((s: number) => setScore(s), []);

  useEffect(() => {
    void session.quarantined().then(setQuarantine);
  }, [session]);

  async function saveSettings(e: FormEvent) {
    e.preventDefault();
    const minutes = Number(idle);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
      setSaved('Lock after must be a whole number of minutes from 1 to 240.');
      return;
    }
    await session.updateSettings({ idleLockMinutes: minutes });
    setSaved('Settings saved.');
  }

  async function changePassphrase(e: FormEvent) {
    e.preventDefault();
    if (pass.next.length < MINIMUM_LENGTH || score < MINIMUM_SCORE)
      return setPassMessage({ ok: false, text: 'The new passphrase is too weak.' });
    if (pass.next !== pass.again)
      return setPassMessage({ ok: false, text: 'The new passphrases do not match.' });
    setChanging(true);
    setPassMessage(undefined);
    try {
      await session.changePassphrase(pass.old, pass.next, { reencrypt });
      setPass({ old: '', next: '', again: '' });
      setPassMessage({
        ok: true,
        text: reencrypt
          ? 'Passphrase changed and the vault re-encrypted with a new key. Use the new passphrase from now on.'
          : 'Passphrase changed. Use the new one from now on.',
      });
    } catch (err) {
      setPassMessage({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setChanging(false);
    }
  }

  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <UserNameSetting session={session} />
      <form onSubmit={(e) => void saveSettings(e)} className="stack-form" noValidate>
        <h2>This computer</h2>
        <label htmlFor={ids.idle}>Lock the vault after this many idle minutes</label>
        <input
          id={ids.idle}
          type="number"
          min={1}
          max={240}
          value={idle}
          onChange={(e) => setIdle(e.target.value)}
        />
        <button type="submit" className="primary">
          Save settings
        </button>
        <p role="status">{saved}</p>
      </form>
      <TwoPersonSetting session={session} />
      <ChartDrawingSetting />
      <form onSubmit={(e) => void changePassphrase(e)} className="stack-form" noValidate>
        <h2>Change the vault passphrase</h2>
        <label htmlFor={ids.old}>Current passphrase</label>
        <input
          id={ids.old}
          type="password"
          autoComplete="off"
          value={pass.old}
          onChange={(e) => setPass({ ...pass, old: e.target.value })}
        />
        <label htmlFor={ids.next}>New passphrase</label>
        <input
          id={ids.next}
          type="password"
          autoComplete="off"
          value={pass.next}
          onChange={(e) => setPass({ ...pass, next: e.target.value })}
        />
        <PassphraseMeter passphrase={pass.next} onScore={onScore} />
        <label htmlFor={ids.again}>New passphrase again</label>
        <input
          id={ids.again}
          type="password"
          autoComplete="off"
          value={pass.again}
          onChange={(e) => setPass({ ...pass, again: e.target.value })}
        />
        <div className="check-row">
          <input
            id={ids.rotate}
            type="checkbox"
            checked={reencrypt}
            onChange={(e) => setReencrypt(e.target.checked)}
            aria-describedby={ids.rotateHelp}
          />
          <label htmlFor={ids.rotate}>And re-encrypt everything with a new key</label>
        </div>
        <p id={ids.rotateHelp} className="hint">
          {reencrypt
            ? 'Everything is sealed again under a new key, which takes a while on a large vault. The old passphrase then opens nothing written from now on. Copies of the vault taken before today (a backup, a stolen laptop image, or old data the disk has not yet overwritten) still open with the old passphrase and show the vault as it was then.'
            : 'Only the key is re-wrapped: quick, but anyone holding a copy of the vault from before (including old data the disk has not yet overwritten) and the old passphrase can still open it, and everything you add from now on. Choose this only if the old passphrase was never exposed.'}
        </p>
        <button type="submit" className="primary" disabled={changing}>
          {changing ? 'Changing the passphrase…' : 'Change passphrase'}
        </button>
        {passMessage ? (
          <p
            role={passMessage.ok ? 'status' : 'alert'}
            className={passMessage.ok ? 'notice' : 'error'}
          >
            {passMessage.text}
          </p>
        ) : null}
      </form>
      <section className="stack-form" aria-labelledby="quarantine-heading">
        <h2 id="quarantine-heading">Quarantined records</h2>
        {quarantine.length === 0 ? (
          <p>None. Every record in the vault passed its integrity check.</p>
        ) : (
          <>
            <p className="error">
              These records failed their integrity check and were set aside untouched. Report this
              to your system administrator; do not delete the vault.
            </p>
            <ul>
              {quarantine.map((q) => (
                <li key={`${q.table}/${q.id}`}>
                  {q.table} {q.id}: {q.reason} ({new Date(q.detectedAt).toLocaleString('en-GB')})
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
