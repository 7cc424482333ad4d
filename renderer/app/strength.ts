/**
 * Passphrase strength from zxcvbn-ts, loaded on first use: its dictionaries are large and only
 * the create-vault and change-passphrase screens need them.
 */
export interface Strength {
  /** 0 (very weak) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  warning: string;
  suggestions: string[];
  crackTime: string;
}

type Checker = (passphrase: string) => Strength;
let checker: Promise<Checker> | undefined;

async function loadChecker(): Promise<Checker> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const factory = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return (passphrase) => {
    const r = factory.check(passphrase);
    return {
      score: r.score,
      warning: r.feedback.warning ?? '',
      suggestions: r.feedback.suggestions,
      crackTime: String(r.crackTimes.offlineSlowHashingXPerSecond.display),
    };
  };
}

export function checkStrength(passphrase: string): Promise<Strength> {
  checker ??= loadChecker();
  return checker.then((check) => check(passphrase));
}

/** The vault accepts nothing weaker than this score. */
export const MINIMUM_SCORE = 3;
export const MINIMUM_LENGTH = 12;

export const SCORE_WORDS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;
