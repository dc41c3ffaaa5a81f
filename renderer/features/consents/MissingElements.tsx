// What an incomplete consent still lacks, named as a person would say it.
import { consentElementLabels, type Consent } from '../../../shared/api/consents';

export function missingText(consent: Consent): string {
  return consent.missing.map((element) => consentElementLabels[element]).join('; ');
}

export function MissingElements({ consent }: { consent: Consent }) {
  if (consent.missing.length === 0) return null;
  return (
    <p className="consent-missing">
      <strong>Missing:</strong> {missingText(consent)}.
    </p>
  );
}
