// A match's follow-ups with their due dates: the fit check (answered here) and the reminder to
// call the peer supporter when no contact has been logged (settled by a contact, or marked done).
import { todayIso } from '../../../shared/api/fields';
import { fitAnswerLabels, followUpKindLabels, type FollowUp, type Match } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { FitCheckForm } from './FitCheckForm';
import { useCompleteFollowUp } from './useMatches';

function dueText(followUp: FollowUp): string {
  return followUp.dueFrom === followUp.dueOn
    ? `on ${formatDay(followUp.dueOn)}`
    : `from ${formatDay(followUp.dueFrom)} to ${formatDay(followUp.dueOn)}`;
}

function FollowUpState({ followUp, today }: { followUp: FollowUp; today: string }) {
  if (followUp.completedOn !== null) {
    const answer = [
      followUp.firstContactHappened === null
        ? null
        : followUp.firstContactHappened
          ? 'first contact happened'
          : 'no first contact yet',
      followUp.fitAnswer ? fitAnswerLabels[followUp.fitAnswer] : null,
    ].filter(Boolean);
    return (
      <>
        <span className="badge match-active">Done {formatDay(followUp.completedOn)}</span>
        {answer.length > 0 ? ` ${answer.join('; ')}.` : null}
        {followUp.note ? ` ${followUp.note}` : null}
      </>
    );
  }
  if (followUp.settled) return <span className="badge">Settled: a contact was logged</span>;
  if (followUp.dueOn < today) return <span className="badge badge-danger">Overdue</span>;
  if (followUp.dueFrom <= today) return <span className="badge badge-warning">Due</span>;
  return <span className="badge">Upcoming</span>;
}

export function FollowUpsPanel({ match }: { match: Match }) {
  const complete = useCompleteFollowUp();
  const today = todayIso();
  const open = (followUp: FollowUp) => match.status === 'active' && followUp.completedOn === null && !followUp.settled;
  const fitCheck = match.followUps.find((followUp) => followUp.kind === 'fit-check' && open(followUp));
  return (
    <section className="panel" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">Follow-ups</h2>
      {match.followUps.length === 0 ? (
        <p>{match.status === 'proposed' ? 'Follow-ups are set when the match starts.' : 'No follow-ups.'}</p>
      ) : (
        <ul className="follow-ups" aria-label="Follow-ups">
          {match.followUps.map((followUp) => (
            <li key={followUp.id}>
              <strong>{followUpKindLabels[followUp.kind]}</strong>, due {dueText(followUp)}{' '}
              <FollowUpState followUp={followUp} today={today} />
              {followUp.kind === 'contact-reminder' && open(followUp) && followUp.dueFrom <= today ? (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button-small"
                    disabled={complete.isPending}
                    onClick={() => complete.mutate({ id: followUp.id, completedOn: today })}
                  >
                    Mark done: {followUpKindLabels[followUp.kind].toLowerCase()}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {complete.isError ? <Alert tone="error">{errorMessage(complete.error)}</Alert> : null}
      {fitCheck ? (
        <>
          <h3>Fit check</h3>
          <FitCheckForm match={match} followUp={fitCheck} />
        </>
      ) : null}
    </section>
  );
}
