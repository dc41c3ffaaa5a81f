// How this person may be contacted, shown wherever someone would phone them: the number with
// whether a voicemail may be left and whether texts may be sent.
import type { Participant } from '../../../shared/api/participants';
import { permissionLabel } from './participant-labels';

export function SafeContactSummary({ participant }: { participant: Participant }) {
  const { phone, voicemailOk, textsOk, bestTimes } = participant;
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
