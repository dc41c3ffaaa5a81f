// Every match (/matches), newest first as the backend orders them, filtered by status and shown
// a page at a time. The filter and page are in the address, so Back returns to them.
import { Link, useSearchParams } from 'react-router';
import { matchEndReasonLabels, matchStatusLabels, matchStatuses, type MatchStatus } from '../../../shared/api/matching';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { formatDay, formatDayTime } from '../../components/format-day';
import { MatchStatusBadge } from './MatchBadges';
import { useMatchList } from './useMatches';

const PAGE_SIZE = 50;

function readParams(params: URLSearchParams): { status: MatchStatus | null; page: number } {
  const status = matchStatuses.find((known) => known === params.get('status')) ?? null;
  const page = Number(params.get('page'));
  return { status, page: Number.isInteger(page) && page > 1 ? page : 1 };
}

export function MatchesPage() {
  const [params, setParams] = useSearchParams();
  const { status, page } = readParams(params);
  const input = { statuses: status ? [status] : [], offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const matches = useMatchList(input, { keepPrevious: true });
  const show = (next: { status: MatchStatus | null; page: number }) => {
    const search = new URLSearchParams();
    if (next.status) search.set('status', next.status);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const total = matches.data?.total;
  const pages = total === undefined ? 1 : Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <h1>Matches</h1>
      <SelectField
        className="field-medium"
        label="Status"
        value={status ?? ''}
        onChange={(event) =>
          show({ status: matchStatuses.find((known) => known === event.target.value) ?? null, page: 1 })
        }
      >
        <option value="">All matches</option>
        {matchStatuses.map((option) => (
          <option key={option} value={option}>
            {matchStatusLabels[option]}
          </option>
        ))}
      </SelectField>
      <p className="list-count" role="status">
        {total === undefined ? 'Loading…' : `${total.toLocaleString('en-US')} ${total === 1 ? 'match' : 'matches'}`}
      </p>
      {matches.isError ? <Alert tone="error">{errorMessage(matches.error)}</Alert> : null}
      {matches.data && matches.data.rows.length > 0 ? (
        <table className="record-table" aria-label="Matches">
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">Peer supporter</th>
              <th scope="col">Status</th>
              <th scope="col">Dates</th>
              <th scope="col">Last contact</th>
            </tr>
          </thead>
          <tbody>
            {matches.data.rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link to={`/matches/${row.id}`}>{row.participant.name}</Link>
                </td>
                <td>{row.peerSupporter.name}</td>
                <td>
                  <MatchStatusBadge status={row.status} />
                  {row.endReason ? ` ${matchEndReasonLabels[row.endReason]}` : null}
                </td>
                <td>
                  {row.startedOn ? formatDay(row.startedOn) : `Proposed ${formatDay(row.proposedOn)}`}
                  {row.endedOn ? ` to ${formatDay(row.endedOn)}` : null}
                </td>
                <td>{row.lastContactAt ? formatDayTime(row.lastContactAt) : 'None'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {matches.data && matches.data.rows.length === 0 ? <p>No matches to show.</p> : null}
      {pages > 1 ? (
        <nav aria-label="Pages" className="actions actions-start">
          <button type="button" disabled={page <= 1} onClick={() => show({ status, page: page - 1 })}>
            Previous page
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" disabled={page >= pages} onClick={() => show({ status, page: page + 1 })}>
            Next page
          </button>
        </nav>
      ) : null}
    </>
  );
}
