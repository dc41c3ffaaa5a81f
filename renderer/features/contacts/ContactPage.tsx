// A contact on a match: a new one (/matches/:matchId/contacts/new, ?attempt=1 for an attempt
// that did not reach the person) or one already logged (/matches/:matchId/contacts/:contactId),
// which can also be deleted.
import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Contact } from '../../../shared/api/contacts';
import type { Match } from '../../../shared/api/matching';
import type { Resource } from '../../../shared/api/resources';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDayTime } from '../../components/format-day';
import { useMatch } from '../matching/useMatches';
import { ContactForm } from './ContactForm';
import { useContact, useDeleteContact, useResourceChoices } from './useContacts';

const positiveId = (value: string | undefined): number | null => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
};

export function ContactPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const matchId = positiveId(params.matchId);
  if (matchId === null) return <Navigate to="/matches" replace />;
  if (params.contactId === undefined) {
    const attempt = search.get('attempt') === '1';
    return <ContactOnMatch key={`new-${attempt}`} matchId={matchId} contactId={null} attempt={attempt} />;
  }
  const contactId = positiveId(params.contactId);
  if (contactId === null) return <Navigate to={`/matches/${matchId}`} replace />;
  return <ContactOnMatch key={contactId} matchId={matchId} contactId={contactId} attempt={false} />;
}

function ContactOnMatch(props: { matchId: number; contactId: number | null; attempt: boolean }) {
  const match = useMatch(props.matchId);
  const resources = useResourceChoices();
  const failed = match.error ?? resources.error;
  if (failed) return <Alert tone="error">{errorMessage(failed)}</Alert>;
  if (!match.data || !resources.data) return <p role="status">Loading…</p>;
  const breadcrumb = (
    <p className="breadcrumb">
      <Link to="/matches">Matches</Link> ›{' '}
      <Link to={`/matches/${match.data.id}`}>
        {match.data.participant.name} with {match.data.peerSupporter.name}
      </Link>
    </p>
  );
  if (props.contactId === null) {
    return (
      <>
        {breadcrumb}
        <h1>
          {props.attempt ? 'Log an attempt' : 'Log a contact'}: {match.data.participant.name} with{' '}
          {match.data.peerSupporter.name}
        </h1>
        <ContactForm match={match.data} resources={resources.data} attempt={props.attempt} />
      </>
    );
  }
  return (
    <>
      {breadcrumb}
      <ExistingContact contactId={props.contactId} match={match.data} resources={resources.data} />
    </>
  );
}

function ExistingContact(props: { contactId: number; match: Match; resources: Resource[] }) {
  const contact = useContact(props.contactId);
  if (contact.isError) return <Alert tone="error">{errorMessage(contact.error)}</Alert>;
  if (!contact.data) return <p role="status">Loading…</p>;
  if (contact.data.matchId !== props.match.id) {
    return <Alert tone="error">This contact is not on this match.</Alert>;
  }
  return (
    <>
      <h1>
        {contact.data.isAttempt ? 'Attempt' : 'Contact'} on {formatDayTime(contact.data.occurredAt)}
      </h1>
      <ContactForm match={props.match} resources={props.resources} attempt={false} contact={contact.data} />
      <DeleteContact contact={contact.data} matchId={props.match.id} />
    </>
  );
}

function DeleteContact({ contact, matchId }: { contact: Contact; matchId: number }) {
  const [asking, setAsking] = useState(false);
  const remove = useDeleteContact();
  const navigate = useNavigate();
  const what = contact.isAttempt ? 'attempt' : 'contact';
  return (
    <section className="panel" aria-label={`Delete this ${what}`}>
      {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
      <button type="button" disabled={remove.isPending} onClick={() => setAsking(true)}>
        Delete this {what}
      </button>
      <ConfirmDialog
        open={asking}
        title={`Delete this ${what}?`}
        message={`It leaves the match's timeline and totals. This cannot be undone.`}
        confirmLabel={`Delete ${what}`}
        cancelLabel="Keep it"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          remove.mutate(contact.id, {
            onSuccess: () =>
              void navigate(`/matches/${matchId}`, {
                replace: true,
                state: { notice: `The ${what} was deleted.` },
              }),
          });
        }}
      />
    </section>
  );
}
