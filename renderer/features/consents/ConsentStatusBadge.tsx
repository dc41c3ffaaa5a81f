import { consentStatusLabels, type ConsentStatus } from '../../../shared/api/consents';

export function ConsentStatusBadge({ status }: { status: ConsentStatus }) {
  return <span className={`badge consent-${status}`}>{consentStatusLabels[status]}</span>;
}
