import { useEffect, useState } from 'react';
import type { Strength } from './strength';
import { checkStrength, SCORE_WORDS } from './strength';

/** Live strength meter; announces changes politely to screen readers. */
export function PassphraseMeter({
  passphrase,
  onScore,
}: {
  passphrase: string;
  onScore: (s: number) => void;
}) {
  const [strength, setStrength] = useState<Strength>();
  useEffect(() => {
    let live = true;
    if (!passphrase) {
      onScore(0);
      return undefined;
    }
    void checkStrength(passphrase).then((s) => {
      if (!live) return;
      setStrength(s);
      onScore(s.score);
    });
    return () => {
      live = false;
    };
  }, [passphrase, onScore]);

  const shown = passphrase ? strength : undefined;
  const score = shown?.score ?? 0;
  return (
    <div className="meter" aria-live="polite">
      <meter
        id="strength-meter"
        min={0}
        max={4}
        low={2}
        high={3}
        optimum={4}
        value={shown ? score : 0}
        aria-label="Passphrase strength"
        data-score={shown ? score : ''}
      />
      <p className="meter-words">
        {shown
          ? `${SCORE_WORDS[score]}. An attacker with your vault file would need ${shown.crackTime} to guess it.`
          : 'Type a passphrase to see how strong it is.'}
      </p>
      {shown?.warning ? <p className="meter-warning">{shown.warning}</p> : null}
      {shown?.suggestions.length ? (
        <ul className="meter-suggestions">
          {shown.suggestions.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
