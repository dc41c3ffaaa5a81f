// A participant's safe contact, with each "yes" checked against the consents on file.
import { SafeContactSummary } from '../people/SafeContactSummary';
import type { Participant } from '../../../shared/api/participants';
import { useConsentOverview } from './useConsents';

export function ParticipantSafeContact({ participant }: { participant: Participant }) {
  const overview = useConsentOverview(participant.id);
  if (overview.isPending) return <p role="status">Checking consents to be contacted…</p>;
  // If the consents cannot be read, nothing is shown as allowed.
  const allowed = overview.data?.contactAllowed ?? { voicemail: false, text: false };
  return <SafeContactSummary person={participant} consent={allowed} />;
}
