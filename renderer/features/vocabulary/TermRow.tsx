// One term with its actions: rename, retire or bring back, and delete while nothing uses it; a
// main lived-experience tag can also be marked as a need or issue (its sub-types follow it).
import { useId, useState } from 'react';
import type { VocabularyTerm } from '../../../shared/api/vocabulary';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { RowActions } from '../../components/RowActions';
import { RenameTermForm } from './RenameTermForm';
import { useDeleteTerm } from './useDeleteTerm';
import { useSetNeedTerm } from './useSetNeedTerm';
import { useSetRetiredTerm } from './useSetRetiredTerm';

export function TermRow({ term, parent }: { term: VocabularyTerm; parent?: VocabularyTerm }) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const setRetired = useSetRetiredTerm();
  const remove = useDeleteTerm();
  const setNeed = useSetNeedTerm();
  const inUse = term.usage > 0;
  const needAction = term.isNeed ? 'Mark as a condition' : 'Mark as a need';
  const failure = setRetired.error ?? remove.error ?? setNeed.error;
  return (
    <li
      className={['term', parent ? 'term-child' : null, term.retired ? 'term-retired' : null].filter(Boolean).join(' ')}
    >
      <div className="term-main">
        <span className="term-label">
          {parent ? <span className="visually-hidden">{parent.label} / </span> : null}
          {term.label}
        </span>
        {term.isNeed ? <span className="badge">Need</span> : null}
        {term.retired ? <span className="badge">Retired</span> : null}
        <span id={`${id}-usage`} className="term-usage">
          {inUse
            ? `In use by ${term.usage} ${term.usage === 1 ? 'record' : 'records'}: retire it instead`
            : 'Not in use'}
        </span>
      </div>
      {renaming ? (
        <RenameTermForm term={term} onDone={() => setRenaming(false)} />
      ) : (
        <RowActions
          name={term.label}
          editLabel="Rename"
          onEdit={() => setRenaming(true)}
          retired={term.retired}
          onToggleRetired={() => setRetired.mutate({ id: term.id, retired: !term.retired })}
          busy={setRetired.isPending}
        >
          <button
            type="button"
            className="button-small"
            aria-label={`Delete ${term.label}`}
            aria-describedby={inUse ? `${id}-usage` : undefined}
            disabled={inUse || remove.isPending}
            onClick={() => remove.mutate({ id: term.id })}
          >
            Delete
          </button>
          {term.kind === 'experience' && !parent ? (
            <button
              type="button"
              className="button-small"
              aria-label={`${needAction}: ${term.label}`}
              disabled={setNeed.isPending}
              onClick={() => setNeed.mutate({ id: term.id, isNeed: !term.isNeed })}
            >
              {needAction}
            </button>
          ) : null}
        </RowActions>
      )}
      {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
    </li>
  );
}
