// How this person may be contacted, shown wherever someone would phone them: the number with
// whether a voicemail may be left and whether texts may be sent. For a participant, a "yes"
// counts only with an active consent to be contacted that way.
import { permissionLabel } from './people-labels';

interface SafeContact {
  phone: string | null;
  voicemailOk: boolean | null;
  textsOk: boolean | null;
  bestTimes: string | null;
}

/** Whether a consent on file allows each way of contact today; absent where no consent is needed. */
export interface ContactConsent {
  voicemail: boolean;
  text: boolean;
}

const NOT_ALLOWED = 'Not allowed: no active consent';

function permission(preference: boolean | null, consented: boolean | undefined, yes: string, no: string) {
  if (preference === true && consented === false)
    return { label: `${NOT_ALLOWED} (prefers: ${yes.toLowerCase()})`, denied: true };
  return { label: permissionLabel(preference, yes, no), denied: preference === false };
}

export function SafeContactSummary({ person, consent }: { person: SafeContact; consent?: ContactConsent }) {
  const { phone, voicemailOk, textsOk, bestTimes } = person;
  const voicemail = permission(voicemailOk, consent?.voicemail, 'May be left', 'Do not leave a voicemail');
  const texts = permission(textsOk, consent?.text, 'May be sent', 'Do not send texts');
  return (
    <section className="safe-contact" aria-labelledby="safe-contact-title">
      <h2 id="safe-contact-title">Safe contact</h2>
      <dl className="facts">
        <dt>Phone</dt>
        <dd>{phone ?? 'No phone number'}</dd>
        <dt>Voicemail</dt>
        <dd className={voicemail.denied ? 'permission-denied' : undefined}>{voicemail.label}</dd>
        <dt>Texts</dt>
        <dd className={texts.denied ? 'permission-denied' : undefined}>{texts.label}</dd>
        {bestTimes ? (
          <>
            <dt>Best times</dt>
            <dd>{bestTimes}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
