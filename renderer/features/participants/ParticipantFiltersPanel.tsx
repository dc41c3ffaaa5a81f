// Search and filters above the participants table. Typing updates the draft at once; the page
// debounces the text before asking the backend.
import { participantStatusLabels, participantStatuses, type ParticipantStatus } from '../../../shared/api/participants';
import { CheckboxField } from '../../components/CheckboxField';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { groupTerms } from '../vocabulary/vocabulary-groups';
import type { ParticipantFilters } from './participant-keys';

export type FilterDraft = Omit<ParticipantFilters, 'sort' | 'direction'>;

const toId = (value: string): number | null => (value === '' ? null : Number(value));

export function ParticipantFiltersPanel({
  draft,
  onChange,
}: {
  draft: FilterDraft;
  onChange: (next: FilterDraft) => void;
}) {
  const tags = useVocabulary('experience');
  const languages = useVocabulary('language');
  const set = <K extends keyof FilterDraft>(key: K, value: FilterDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <div role="search" className="filters" aria-label="Find participants">
      <TextField
        label="Search participants"
        type="search"
        className="filters-search"
        hint="Any part of a name; accents and capitals do not matter."
        value={draft.search}
        onChange={(event) => set('search', event.target.value)}
      />
      <div className="filters-row">
        <CheckboxGroup<ParticipantStatus>
          legend="Status"
          groups={[
            { label: null, options: participantStatuses.map((s) => ({ value: s, label: participantStatusLabels[s] })) },
          ]}
          value={draft.statuses}
          onChange={(statuses) => set('statuses', statuses)}
        />
        <div className="filters-column">
          <SelectField
            label="Tag"
            value={draft.tagId ?? ''}
            onChange={(event) => set('tagId', toId(event.target.value))}
          >
            <option value="">Any tag</option>
            {groupTerms(tags.data ?? []).map(({ parent, children }) => (
              <optgroup key={parent.id} label={parent.label}>
                <option value={parent.id}>{parent.label} (all)</option>
                {children.map((child) => (
                  <option key={child.id} value={child.id}>
                    {parent.label} / {child.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </SelectField>
          <SelectField
            label="Language"
            value={draft.languageId ?? ''}
            onChange={(event) => set('languageId', toId(event.target.value))}
          >
            <option value="">Any language</option>
            {(languages.data ?? []).map((language) => (
              <option key={language.id} value={language.id}>
                {language.label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="filters-column">
          <TextField label="Region" value={draft.region} onChange={(event) => set('region', event.target.value)} />
          <CheckboxField
            label="Include archived"
            checked={draft.includeArchived}
            onChange={(event) => set('includeArchived', event.target.checked)}
          />
        </div>
      </div>
    </div>
  );
}
