// How this person may be contacted, shown wherever someone would phone them: the number with
// whether a voicemail may be left and whether texts may be sent.
import { permissionLabel } from './people-labels';

interface SafeContact {
  phone: string | null;
  voicemailOk: boolean | null;
  textsOk: boolean | null;
  bestTimes: string | null;
}

export function SafeContactSummary({ person }: { person: SafeContact }) {
  const { phone, voicemailOk, textsOk, bestTimes } = person;
  return (
    <section className="safe-contact" aria-labelledby="safe-contact-title">
      <h2 id="safe-contact-title">Safe contact</h2>
      <dl className="facts">
        <dt>Phone</dt>
        <dd>{phone ?? 'No phone number'}</dd>
        <dt>Voicemail</dt>
        <dd className={voicemailOk === false ? 'permission-denied' : undefined}>
          {permissionLabel(voicemailOk, 'May be left', 'Do not leave a voicemail')}
        </dd>
        <dt>Texts</dt>
        <dd className={textsOk === false ? 'permission-denied' : undefined}>
          {permissionLabel(textsOk, 'May be sent', 'Do not send texts')}
        </dd>
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
