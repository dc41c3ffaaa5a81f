// Deleting a group session entered by mistake, after a confirmation; then back to the list.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { GroupSession } from '../../../shared/api/groups';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDay } from '../../components/format-day';
import { useDeleteGroupSession } from './useGroups';

interface DeleteGroupSessionProps {
  session: GroupSession;
  /** Lets the move to the list through even with unsaved changes: the session is gone. */
  beforeLeaving: () => void;
}

export function DeleteGroupSession({ session, beforeLeaving }: DeleteGroupSessionProps) {
  const remove = useDeleteGroupSession();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const name = `${session.title}, ${formatDay(session.heldOn)}`;
  return (
    <section className="panel" aria-labelledby="delete-group-title">
      <h2 id="delete-group-title">Delete this session</h2>
      <p>Only for a session recorded by mistake: its attendance goes with it.</p>
      {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
      <button type="button" disabled={remove.isPending} onClick={() => setAsking(true)}>
        Delete session
      </button>
      <ConfirmDialog
        open={asking}
        title="Delete this group session?"
        message={`“${name}” and its attendance will be deleted. This cannot be undone.`}
        confirmLabel="Delete session"
        cancelLabel="Keep it"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          remove.mutate(session.id, {
            onSuccess: () => {
              beforeLeaving();
              void navigate('/groups', { replace: true, state: { deleted: name } });
            },
          });
        }}
      />
    </section>
  );
}
