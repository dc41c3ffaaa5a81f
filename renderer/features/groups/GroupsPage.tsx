// The group sessions, newest first, a page at a time: when, what, how, who led and how many came.
import { Link, useLocation, useSearchParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { modalityLabels } from '../people/people-labels';
import { GROUPS_PAGE_SIZE, useGroupSessions } from './useGroups';

/** The page in the address (?page=2), counted from 0; the first page has none. */
function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page > 1 ? page - 1 : 0;
}

export function GroupsPage() {
  const [params, setParams] = useSearchParams();
  const page = pageFrom(params.get('page'));
  const sessions = useGroupSessions(page);
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const total = sessions.data?.total;
  const pages = total === undefined ? 1 : Math.max(1, Math.ceil(total / GROUPS_PAGE_SIZE));
  const goTo = (next: number) => setParams(next === 0 ? {} : { page: String(next + 1) });
  return (
    <>
      <div className="page-heading">
        <h1>Groups</h1>
        <Link className="button-like button-primary" to="/groups/new">
          Add group session
        </Link>
      </div>
      {deleted ? <Alert tone="success">Deleted “{deleted}”.</Alert> : null}
      {sessions.isError ? <Alert tone="error">{errorMessage(sessions.error)}</Alert> : null}
      <p className="list-count" role="status">
        {total === undefined ? 'Loading…' : total === 1 ? '1 group session' : `${total} group sessions`}
      </p>
      {sessions.data && sessions.data.rows.length > 0 ? (
        <table className="record-table">
          <caption className="visually-hidden">Group sessions</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Title</th>
              <th scope="col">How</th>
              <th scope="col">Facilitators</th>
              <th scope="col">Attendance</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.rows.map((row) => (
              <tr key={row.id}>
                <td>{formatDay(row.heldOn)}</td>
                <td>
                  <Link to={`/groups/${row.id}`}>{row.title}</Link>
                </td>
                <td>{modalityLabels[row.modality]}</td>
                <td>{row.facilitators.join(', ')}</td>
                <td>{row.attendance}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {total === 0 ? <p>No group sessions recorded yet.</p> : null}
      {pages > 1 ? (
        <nav className="pager" aria-label="Pages of group sessions">
          <button type="button" disabled={page === 0} onClick={() => goTo(page - 1)}>
            Newer
          </button>
          <span>
            Page {page + 1} of {pages}
          </span>
          <button type="button" disabled={page + 1 >= pages} onClick={() => goTo(page + 1)}>
            Older
          </button>
        </nav>
      ) : null}
    </>
  );
}
