// Saved funder profiles: a named choice of sections and period kind. Choosing one fills in the
// report's choices and builds it at once; the choices on screen can be saved as a new one; each
// can be changed or deleted.
import { useState } from 'react';
import { periodKindLabels, reportSectionLabels, type FunderProfile } from '../../../shared/api/reports';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RowActions } from '../../components/RowActions';
import { EditFunderProfileForm } from './EditFunderProfileForm';
import { SaveFunderProfileForm } from './SaveFunderProfileForm';
import type { ReportRequestValues } from './report-request-values';
import { useDeleteFunderProfile, useFunderProfiles } from './useReports';

interface FunderProfilesPanelProps {
  /** Fills in the report's choices from the profile and builds it. */
  onChoose: (profile: FunderProfile) => void;
  /** The choices on screen, for "Save as profile". */
  currentChoices: () => ReportRequestValues;
  building: boolean;
}

export function FunderProfilesPanel({ onChoose, currentChoices, building }: FunderProfilesPanelProps) {
  const profiles = useFunderProfiles();
  return (
    <section className="panel" aria-labelledby="funder-profiles-title">
      <h2 id="funder-profiles-title">Saved funder profiles</h2>
      <p>One click builds the report a funder asks for, with its sections and period.</p>
      {profiles.isPending ? <p role="status">Loading…</p> : null}
      {profiles.isError ? <Alert tone="error">{errorMessage(profiles.error)}</Alert> : null}
      {profiles.data?.length === 0 ? <p>No profiles yet: save the choices above as the first.</p> : null}
      {profiles.data && profiles.data.length > 0 ? (
        <ul className="term-list" aria-label="Funder profiles">
          {profiles.data.map((profile) => (
            <ProfileRow key={profile.id} profile={profile} onChoose={onChoose} building={building} />
          ))}
        </ul>
      ) : null}
      <SaveFunderProfileForm currentChoices={currentChoices} />
    </section>
  );
}

interface ProfileRowProps {
  profile: FunderProfile;
  onChoose: (profile: FunderProfile) => void;
  building: boolean;
}

function ProfileRow({ profile, onChoose, building }: ProfileRowProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteFunderProfile();
  if (editing) {
    return (
      <li className="term">
        <EditFunderProfileForm profile={profile} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const sections = profile.sections.map((section) => reportSectionLabels[section]).join(', ');
  return (
    <li className="term">
      <div className="term-main">
        <button
          type="button"
          className="button-primary"
          disabled={building}
          aria-describedby={`funder-profile-${profile.id}`}
          onClick={() => onChoose(profile)}
        >
          {profile.name}
        </button>
        <span id={`funder-profile-${profile.id}`} className="term-usage">
          {periodKindLabels[profile.periodKind]}: {sections}
        </span>
      </div>
      <RowActions name={profile.name} editLabel="Edit" onEdit={() => setEditing(true)} retired={false}>
        <button
          type="button"
          className="button-small"
          aria-label={`Delete ${profile.name}`}
          disabled={remove.isPending}
          onClick={() => setConfirming(true)}
        >
          Delete
        </button>
      </RowActions>
      {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
      <ConfirmDialog
        open={confirming}
        title={`Delete “${profile.name}”?`}
        message="The profile goes; reports already exported stay as they are."
        confirmLabel="Delete profile"
        cancelLabel="Keep it"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          remove.mutate({ id: profile.id });
        }}
      />
    </li>
  );
}
