import { useEffect, useState } from 'react';
import { loadStrengthChecker } from './password-strength';

export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  warning: string | null;
  suggestions: string[];
}

/** Scores the passphrase as it is typed; null while empty or while the checker loads. */
export function usePassphraseStrength(passphrase: string, userInputs: string[]): PassphraseStrength | null {
  const [scored, setScored] = useState<{ passphrase: string; strength: PassphraseStrength } | null>(null);
  const inputsKey = userInputs.join('\u0000');
  useEffect(() => {
    if (!passphrase) return;
    let current = true;
    void loadStrengthChecker().then((check) => {
      if (!current) return;
      const result = check(passphrase, inputsKey ? inputsKey.split('\u0000') : []);
      setScored({
        passphrase,
        strength: {
          score: result.score,
          warning: result.feedback.warning,
          suggestions: result.feedback.suggestions,
        },
      });
    });
    return () => {
      current = false;
    };
  }, [passphrase, inputsKey]);
  return passphrase && scored?.passphrase === passphrase ? scored.strength : null;
}
