import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../components/format-date';
import { useProgramInfo } from '../program/useProgramInfo';
import { AttentionPanel } from './AttentionPanel';
import { ProgramSummary } from './ProgramSummary';

export function HomePage() {
  const info = useProgramInfo();
  return (
    <>
      <h1>Home</h1>
      <ProgramSummary />
      <AttentionPanel />
      <section className="panel" aria-labelledby="program-info-title">
        <h2 id="program-info-title">About this program</h2>
        {info.isPending ? <p role="status">Loading…</p> : null}
        {info.isError ? <Alert tone="error">{errorMessage(info.error)}</Alert> : null}
        {info.data ? (
          <dl className="facts">
            <dt>Program</dt>
            <dd>{info.data.programName}</dd>
            <dt>Program leader</dt>
            <dd>{info.data.leaderName}</dd>
            <dt>Created</dt>
            <dd>{formatDate(info.data.createdAt)}</dd>
            <dt>PeerDesk version</dt>
            <dd>{info.data.appVersion}</dd>
            <dt>Database schema version</dt>
            <dd>{info.data.schemaVersion}</dd>
          </dl>
        ) : null}
      </section>
    </>
  );
}
