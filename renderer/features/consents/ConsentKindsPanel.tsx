// The kinds of consent, in Settings: PeerDesk's own (fixed, since the consent rules rely on
// them) and the program's own, which can be added, renamed and retired.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConsentKind } from '../../../shared/api/consents';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/call';
import { Alert } from '../../components/Alert';
import { RowActions } from '../../components/RowActions';
import { TextField } from '../../components/TextField';
import { consentKeys } from './consent-keys';
import { useConsentKinds } from './useConsents';

function useKindChange<I>(run: (input: I) => Promise<ConsentKind>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => client.invalidateQueries({ queryKey: consentKeys.all }),
  });
}

export function ConsentKindsPanel() {
  const kinds = useConsentKinds();
  const add = useKindChange((label: string) => call('consentKinds.add', { label }));
  const [label, setLabel] = useState('');
  return (
    <section className="panel" aria-labelledby="consent-kinds-title">
      <h2 id="consent-kinds-title">Kinds of consent</h2>
      {kinds.isError ? <Alert tone="error">{errorMessage(kinds.error)}</Alert> : null}
      <ul className="term-list">
        {kinds.data?.map((kind) => (
          <KindRow key={kind.id} kind={kind} />
        ))}
      </ul>
      <form
        noValidate
        aria-label="Add a kind of consent"
        onSubmit={(event) => {
          event.preventDefault();
          add.mutate(label, { onSuccess: () => setLabel('') });
        }}
      >
        <div className="field-row">
          <TextField
            label="New kind of consent"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            error={add.isError ? errorMessage(add.error) : undefined}
          />
        </div>
        <button type="submit" disabled={add.isPending}>
          Add kind
        </button>
      </form>
    </section>
  );
}

function KindRow({ kind }: { kind: ConsentKind }) {
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(kind.label);
  const rename = useKindChange((next: string) => call('consentKinds.rename', { id: kind.id, label: next }));
  const retire = useKindChange((retired: boolean) => call('consentKinds.setRetired', { id: kind.id, retired }));
  const usage = kind.usage === 1 ? '1 consent' : `${kind.usage} consents`;
  if (renaming) {
    return (
      <li>
        <form
          noValidate
          aria-label={`Rename ${kind.label}`}
          onSubmit={(event) => {
            event.preventDefault();
            rename.mutate(label, { onSuccess: () => setRenaming(false) });
          }}
        >
          <TextField
            label="Name"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
            error={rename.isError ? errorMessage(rename.error) : undefined}
          />
          <button type="submit" disabled={rename.isPending}>
            Save name
          </button>{' '}
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <span>{kind.label}</span>
      {kind.retired ? <span className="badge">Retired</span> : null}
      <span className="term-usage"> {usage}</span>
      {kind.code === null ? (
        <RowActions
          name={kind.label}
          editLabel="Rename"
          onEdit={() => setRenaming(true)}
          retired={kind.retired}
          onToggleRetired={() => retire.mutate(!kind.retired)}
          busy={retire.isPending}
        />
      ) : (
        <span className="term-usage"> (built in)</span>
      )}
      {retire.isError ? <Alert tone="error">{errorMessage(retire.error)}</Alert> : null}
    </li>
  );
}
