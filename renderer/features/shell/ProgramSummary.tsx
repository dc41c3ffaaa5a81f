// The program at a glance, on top of Home: who is waiting, the matches under way, the contacts
// logged this month.
import { Link } from 'react-router';
import { useAttention } from './useAttention';

export function ProgramSummary() {
  const attention = useAttention();
  // The attention panel below says when it is loading or failed.
  if (!attention.data) return null;
  const { waiting, activeMatches, contactsThisMonth } = attention.data.summary;
  return (
    <ul className="program-summary" aria-label="Program at a glance">
      <li>
        <Link to="/participants?status=waiting">
          <strong>{waiting.toLocaleString('en-US')}</strong> Waiting
        </Link>
      </li>
      <li>
        <Link to="/matches?status=active">
          <strong>{activeMatches.toLocaleString('en-US')}</strong> Active matches
        </Link>
      </li>
      <li>
        <strong>{contactsThisMonth.toLocaleString('en-US')}</strong> Contacts this month
      </li>
    </ul>
  );
}
