import { Link } from 'react-router';
import { ConsentKindsPanel } from '../consents/ConsentKindsPanel';
import { SupervisorsPanel } from '../supervision/SupervisorsPanel';
import { AttentionSettingsForm } from './AttentionSettingsForm';
import { AuditLogSection } from './AuditLogSection';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { MatchingSettingsPanel } from './MatchingSettingsPanel';
import { ReportThresholdForm } from './ReportThresholdForm';

export function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <ChangePassphraseForm />
      <AutoLockForm />
      <AttentionSettingsForm />
      <MatchingSettingsPanel />
      <ReportThresholdForm />
      <section className="panel" aria-labelledby="lists-title">
        <h2 id="lists-title">Lists</h2>
        <p>
          Lived-experience and needs tags, referral sources, closure reasons, training topics and languages: the choices
          offered on people&apos;s records.
        </p>
        <Link to="/settings/lists">Edit the lists</Link>
      </section>
      <SupervisorsPanel />
      <ConsentKindsPanel />
      <AuditLogSection />
    </>
  );
}
