// Who a participant list leaves out, and why: shown to the program leader, never written to the
// file. A long list shows its first entries and says how many more there are.
import type { ParticipantLeftOut } from '../../../shared/api/reports';

const SHOWN = 200;

export function LeftOutList({ leftOut }: { leftOut: ParticipantLeftOut[] }) {
  if (leftOut.length === 0) return <p>Nobody is left out.</p>;
  return (
    <>
      <table className="record-table">
        <caption>
          Left out for lack of consent: {leftOut.length} {leftOut.length === 1 ? 'participant' : 'participants'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Participant</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {leftOut.slice(0, SHOWN).map((person) => (
            <tr key={person.participantId}>
              <th scope="row">{person.name}</th>
              <td>{person.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {leftOut.length > SHOWN ? <p>And {leftOut.length - SHOWN} more, not shown.</p> : null}
    </>
  );
}
