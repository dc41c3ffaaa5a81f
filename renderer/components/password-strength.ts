// Passphrase strength from zxcvbn-ts. Its dictionaries are large, so they load on first use
// in their own chunk rather than with the app.
import type { ZxcvbnResult } from '@zxcvbn-ts/core';

type Checker = (passphrase: string, userInputs: string[]) => ZxcvbnResult;

let loading: Promise<Checker> | null = null;

export function loadStrengthChecker(): Promise<Checker> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, en]) => {
    const factory = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return (passphrase, userInputs) => factory.check(passphrase, userInputs);
  });
  return loading;
}

export const strengthLabels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;
