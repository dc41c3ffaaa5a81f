// Settings > Lists: the program's own lists, one kind at a time. A term in use cannot be
// deleted, only retired (it stays on the records that have it, and leaves the pickers).
import { useState } from 'react';
import { Link } from 'react-router';
import { vocabularyKindLabels, vocabularyKinds, type VocabularyKind } from '../../../shared/api/vocabulary';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { SelectField } from '../../components/SelectField';
import { AddTermForm } from './AddTermForm';
import { TermRow } from './TermRow';
import { useVocabulary } from './useVocabulary';
import { groupTerms } from './vocabulary-groups';

export function VocabularyPage() {
  const [kind, setKind] = useState<VocabularyKind>('experience');
  const terms = useVocabulary(kind, { withUsage: true });
  const groups = groupTerms(terms.data ?? []);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/settings">Settings</Link>
      </p>
      <h1>Lists</h1>
      <p>The choices offered on people&apos;s records. Rename a term to fix its spelling everywhere.</p>
      <SelectField
        label="List"
        className="field-medium"
        value={kind}
        onChange={(event) => setKind(event.target.value as VocabularyKind)}
      >
        {vocabularyKinds.map((option) => (
          <option key={option} value={option}>
            {vocabularyKindLabels[option]}
          </option>
        ))}
      </SelectField>
      <section className="panel" aria-labelledby="terms-title">
        <h2 id="terms-title">{vocabularyKindLabels[kind]}</h2>
        {kind === 'experience' ? (
          <p>
            A tag marked “Need” is a need or issue rather than a condition: when no peer supporter shares a
            participant&apos;s rare condition, suggestions are ranked on shared needs instead.
          </p>
        ) : null}
        {terms.isPending ? <p role="status">Loading…</p> : null}
        {terms.isError ? <Alert tone="error">{errorMessage(terms.error)}</Alert> : null}
        {terms.data ? (
          <>
            <AddTermForm key={kind} kind={kind} parents={groups.map((group) => group.parent)} />
            <ul className="term-list" aria-label={vocabularyKindLabels[kind]}>
              {groups.flatMap((group) => [
                <TermRow key={group.parent.id} term={group.parent} />,
                ...group.children.map((child) => <TermRow key={child.id} term={child} parent={group.parent} />),
              ])}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
