// One group session (/groups/:groupId) or a new one (/groups/new).
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { formatDay } from '../../components/format-day';
import { GroupSessionForm } from './GroupSessionForm';
import { useGroupSession } from './useGroups';

export function GroupSessionPage() {
  const { groupId } = useParams();
  if (groupId === undefined) {
    return (
      <>
        <BackToList />
        <h1>New group session</h1>
        <GroupSessionForm />
      </>
    );
  }
  const id = Number(groupId);
  if (!Number.isInteger(id) || id <= 0) return <Navigate to="/groups" replace />;
  return <ExistingGroupSession key={id} id={id} />;
}

function ExistingGroupSession({ id }: { id: number }) {
  const session = useGroupSession(id);
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  if (session.isPending) return <p role="status">Loading…</p>;
  if (session.isError) {
    return (
      <>
        <BackToList />
        <Alert tone="error">{errorMessage(session.error)}</Alert>
      </>
    );
  }
  return (
    <>
      <BackToList />
      <h1>
        {session.data.title}, {formatDay(session.data.heldOn)}
      </h1>
      {created ? <Alert tone="success">Group session added.</Alert> : null}
      <GroupSessionForm session={session.data} />
    </>
  );
}

function BackToList() {
  return (
    <p className="breadcrumb">
      <Link to="/groups">Groups</Link>
    </p>
  );
}
