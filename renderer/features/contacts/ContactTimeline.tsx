// A match's contacts and attempts, newest first, with the totals on top: how many, how many
// hours, by way of contact and by key function. Private notes stay on each contact's page.
import { Link } from 'react-router';
import {
  contactInitiatorLabels,
  keyFunctionLabels,
  keyFunctions,
  type Contact,
  type ContactTotals,
} from '../../../shared/api/contacts';
import { modalities } from '../../../shared/api/fields';
import type { Match } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDayTime } from '../../components/format-day';
import { modalityLabels } from '../people/people-labels';
import { useMatchTimeline } from './useContacts';

export function ContactTimeline({ match }: { match: Match }) {
  const timeline = useMatchTimeline(match.id);
  return (
    <section className="panel" aria-labelledby="contacts-title">
      <div className="panel-heading">
        <h2 id="contacts-title">Contacts</h2>
        <span className="panel-heading-actions">
          <Link className="button-like" to={`/matches/${match.id}/contacts/new`}>
            Log a contact
          </Link>
          <Link className="button-like" to={`/matches/${match.id}/contacts/new?attempt=1`}>
            Log an attempt
          </Link>
        </span>
      </div>
      {timeline.isError ? <Alert tone="error">{errorMessage(timeline.error)}</Alert> : null}
      {timeline.isPending ? <p role="status">Loading…</p> : null}
      {timeline.data ? (
        <>
          <Totals totals={timeline.data.totals} />
          {timeline.data.entries.length === 0 ? (
            <p>Nothing logged yet.</p>
          ) : (
            <ol className="contact-timeline" aria-label="Contacts and attempts">
              {timeline.data.entries.map((entry) => (
                <TimelineEntry key={entry.id} contact={entry} matchId={match.id} />
              ))}
            </ol>
          )}
        </>
      ) : null}
    </section>
  );
}

/** "Phone 2 · In person 1", in the order the lists are shown elsewhere. */
function breakdown<K extends string>(
  order: readonly K[],
  counts: Partial<Record<K, number>>,
  labels: Record<K, string>,
) {
  const parts = order.filter((key) => (counts[key] ?? 0) > 0).map((key) => `${labels[key]} ${counts[key]}`);
  return parts.length > 0 ? parts.join(' · ') : 'None';
}

const hours = (minutes: number) => (minutes / 60).toLocaleString('en-US', { maximumFractionDigits: 1 });

function Totals({ totals }: { totals: ContactTotals }) {
  return (
    <dl className="facts contact-totals">
      <dt>Contacts</dt>
      <dd>{totals.contacts}</dd>
      <dt>Attempts</dt>
      <dd>{totals.attempts}</dd>
      <dt>Hours</dt>
      <dd>{hours(totals.minutes)}</dd>
      <dt>By way of contact</dt>
      <dd>{breakdown(modalities, totals.byModality, modalityLabels)}</dd>
      <dt>By key function</dt>
      <dd>{breakdown(keyFunctions, totals.byFunction, keyFunctionLabels)}</dd>
      <dt>Referrals</dt>
      <dd>{totals.referrals}</dd>
    </dl>
  );
}

function TimelineEntry({ contact, matchId }: { contact: Contact; matchId: number }) {
  const path = `/matches/${matchId}/contacts/${contact.id}`;
  if (contact.isAttempt) {
    return (
      <li className="timeline-attempt">
        <Link to={path}>{formatDayTime(contact.occurredAt)}</Link> <span className="badge">Attempt: no answer</span>{' '}
        {modalityLabels[contact.modality]}
      </li>
    );
  }
  return (
    <li>
      <Link to={path}>{formatDayTime(contact.occurredAt)}</Link>{' '}
      <span>
        {contact.durationMinutes} min, {modalityLabels[contact.modality]}; {contactInitiatorLabels[contact.initiatedBy]}{' '}
        reached out
      </span>
      {contact.concernRaised ? (
        <span className={contact.concernResolvedOn ? 'badge' : 'badge badge-warning'}>
          {contact.concernResolvedOn ? 'Concern resolved' : 'Concern raised'}
        </span>
      ) : null}
      {contact.functions.length > 0 ? (
        <div className="timeline-detail">{contact.functions.map((f) => keyFunctionLabels[f]).join(' · ')}</div>
      ) : null}
      {contact.referrals.length > 0 ? (
        <div className="timeline-detail">
          Referred to {contact.referrals.map((referral) => referral.resource).join(', ')}
        </div>
      ) : null}
    </li>
  );
}
