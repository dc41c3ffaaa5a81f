// Shows how hard the passphrase would be to guess. Advice only: the length rule in the shared
// schema is the one hard rule.
import { strengthLabels } from './password-strength';
import { usePassphraseStrength } from './usePassphraseStrength';

interface PassphraseStrengthMeterProps {
  passphrase: string;
  /** Words a guesser would try first (program and leader names). */
  userInputs?: string[];
}

const SEGMENTS = [0, 1, 2, 3, 4];

export function PassphraseStrengthMeter({ passphrase, userInputs = [] }: PassphraseStrengthMeterProps) {
  const strength = usePassphraseStrength(passphrase, userInputs);
  const score = strength?.score ?? 0;
  const label = strength ? strengthLabels[score] : 'Not entered yet';
  return (
    <div className="strength" aria-live="polite">
      <div className="strength-bar" aria-hidden="true">
        {SEGMENTS.map((segment) => (
          <span
            key={segment}
            className={`strength-segment${strength && score >= segment ? ` strength-on-${score}` : ''}`}
          />
        ))}
      </div>
      <p className="strength-label">
        Strength: <strong>{label}</strong>
      </p>
      {strength && (strength.warning || strength.suggestions.length > 0) ? (
        <ul className="strength-advice">
          {strength.warning ? <li>{strength.warning}</li> : null}
          {strength.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
