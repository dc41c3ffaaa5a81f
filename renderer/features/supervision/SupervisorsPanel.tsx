// The supervisors, in Settings: the program leader and whoever else supervises the peers.
import { useState } from 'react';
import type { Supervisor } from '../../../shared/api/supervision';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/call';
import { Alert } from '../../components/Alert';
import { RowActions } from '../../components/RowActions';
import { TextField } from '../../components/TextField';
import { useSupervisorChange, useSupervisors } from './useSupervision';

interface SupervisorDraft {
  name: string;
  role: string;
  credentials: string;
}

const blank: SupervisorDraft = { name: '', role: '', credentials: '' };

function SupervisorFields({ draft, onChange }: { draft: SupervisorDraft; onChange: (next: SupervisorDraft) => void }) {
  return (
    <div className="field-row">
      <TextField
        label="Name"
        value={draft.name}
        onChange={(event) => onChange({ ...draft, name: event.target.value })}
      />
      <TextField
        label="Role"
        value={draft.role}
        onChange={(event) => onChange({ ...draft, role: event.target.value })}
      />
      <TextField
        label="Credentials"
        value={draft.credentials}
        onChange={(event) => onChange({ ...draft, credentials: event.target.value })}
      />
    </div>
  );
}

export function SupervisorsPanel() {
  const supervisors = useSupervisors();
  const add = useSupervisorChange((draft: SupervisorDraft) => call('supervisors.add', draft));
  const [draft, setDraft] = useState(blank);
  return (
    <section className="panel" aria-labelledby="supervisors-title">
      <h2 id="supervisors-title">Supervisors</h2>
      <p>Who supervises the peer supporters. The program leader is one.</p>
      {supervisors.isError ? <Alert tone="error">{errorMessage(supervisors.error)}</Alert> : null}
      <ul className="term-list">
        {supervisors.data?.map((supervisor) => (
          <SupervisorRow key={supervisor.id} supervisor={supervisor} />
        ))}
      </ul>
      <form
        noValidate
        aria-label="Add a supervisor"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(draft, { onSuccess: () => setDraft(blank) });
        }}
      >
        <h3>Add a supervisor</h3>
        {add.isError ? <Alert tone="error">{errorMessage(add.error)}</Alert> : null}
        <SupervisorFields draft={draft} onChange={setDraft} />
        <button type="submit" disabled={add.isPending}>
          Add supervisor
        </button>
      </form>
    </section>
  );
}

function SupervisorRow({ supervisor }: { supervisor: Supervisor }) {
  const [editing, setEditing] = useState<SupervisorDraft | null>(null);
  const update = useSupervisorChange((fields: SupervisorDraft) =>
    call('supervisors.update', { id: supervisor.id, fields }),
  );
  const retire = useSupervisorChange((retired: boolean) =>
    call('supervisors.setRetired', { id: supervisor.id, retired }),
  );
  if (editing) {
    return (
      <li>
        <form
          noValidate
          aria-label={`Edit ${supervisor.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(editing, { onSuccess: () => setEditing(null) });
          }}
        >
          {update.isError ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
          <SupervisorFields draft={editing} onChange={setEditing} />
          <button type="submit" disabled={update.isPending}>
            Save
          </button>{' '}
          <button type="button" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <span>
        {supervisor.name}
        {supervisor.role ? `, ${supervisor.role}` : ''}
        {supervisor.credentials ? ` (${supervisor.credentials})` : ''}
      </span>
      {supervisor.retired ? <span className="badge">No longer supervising</span> : null}
      <RowActions
        name={supervisor.name}
        editLabel="Edit"
        onEdit={() =>
          setEditing({ name: supervisor.name, role: supervisor.role ?? '', credentials: supervisor.credentials ?? '' })
        }
        retired={supervisor.retired}
        retireLabel="No longer supervising"
        // The program leader stays a supervisor.
        {...(supervisor.isLeader ? {} : { onToggleRetired: () => retire.mutate(!supervisor.retired) })}
        busy={retire.isPending}
      />
      {retire.isError ? <Alert tone="error">{errorMessage(retire.error)}</Alert> : null}
    </li>
  );
}
