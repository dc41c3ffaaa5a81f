// What an incomplete consent still lacks, named as a person would say it.
import { describeMissing, type Consent } from '../../../shared/api/consents';

export function missingText(consent: Consent): string {
  return describeMissing(consent.missing);
}

export function MissingElements({ consent }: { consent: Consent }) {
  if (consent.missing.length === 0) return null;
  return (
    <p className="consent-missing">
      <strong>Missing:</strong> {missingText(consent)}.
    </p>
  );
}
