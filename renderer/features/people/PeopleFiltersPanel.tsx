// Search and filters above a people grid. Typing updates the draft at once; the page debounces
// the text before asking the backend.
import { CheckboxField } from '../../components/CheckboxField';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useVocabulary } from '../vocabulary/useVocabulary';
import { groupTerms } from '../vocabulary/vocabulary-groups';

export interface FilterDraft<S extends string> {
  search: string;
  statuses: S[];
  tagId: number | null;
  languageId: number | null;
  region: string;
  includeArchived: boolean;
}

export function emptyFilterDraft<S extends string>(): FilterDraft<S> {
  return { search: '', statuses: [], tagId: null, languageId: null, region: '', includeArchived: false };
}

const toId = (value: string): number | null => (value === '' ? null : Number(value));

interface PeopleFiltersPanelProps<S extends string> {
  /** What the search box finds, such as "participants". */
  people: string;
  statuses: readonly S[];
  statusLabels: Record<S, string>;
  draft: FilterDraft<S>;
  onChange: (next: FilterDraft<S>) => void;
}

export function PeopleFiltersPanel<S extends string>(props: PeopleFiltersPanelProps<S>) {
  const { people, statuses, statusLabels, draft, onChange } = props;
  const tags = useVocabulary('experience');
  const languages = useVocabulary('language');
  const set = <K extends keyof FilterDraft<S>>(key: K, value: FilterDraft<S>[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <div role="search" className="filters" aria-label={`Find ${people}`}>
      <TextField
        label={`Search ${people}`}
        type="search"
        className="filters-search"
        hint="Any part of a name; accents and capitals do not matter."
        value={draft.search}
        onChange={(event) => set('search', event.target.value)}
      />
      <div className="filters-row">
        <CheckboxGroup<S>
          legend="Status"
          groups={[{ label: null, options: statuses.map((s) => ({ value: s, label: statusLabels[s] })) }]}
          value={draft.statuses}
          onChange={(next) => set('statuses', next)}
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
