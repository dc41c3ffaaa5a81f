import { AuditLogSection } from './AuditLogSection';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';

export function SettingsPage() {
  return (
    <>
      <h1>Settings</h1>
      <ChangePassphraseForm />
      <AutoLockForm />
      <AuditLogSection />
    </>
  );
}
