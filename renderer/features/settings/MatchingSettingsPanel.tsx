// Settings > Matching: how much each criterion counts when ranking peer supporters, and when a
// new match's follow-ups fall due. Each saved on its own.
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { FollowUpScheduleForm } from './FollowUpScheduleForm';
import { MatchWeightsForm } from './MatchWeightsForm';
import { useSettings } from './useSettings';

export function MatchingSettingsPanel() {
  const settings = useSettings();
  return (
    <section className="panel" aria-labelledby="matching-settings-title">
      <h2 id="matching-settings-title">Matching</h2>
      {settings.isPending ? <p role="status">Loading…</p> : null}
      {settings.isError ? <Alert tone="error">{errorMessage(settings.error)}</Alert> : null}
      {settings.data ? (
        <>
          <MatchWeightsForm current={settings.data.matchWeights} />
          <FollowUpScheduleForm current={settings.data.followUps} />
        </>
      ) : null}
    </section>
  );
}
