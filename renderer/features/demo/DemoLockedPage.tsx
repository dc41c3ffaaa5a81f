// The demo program locked itself (idle time, the computer locked): open it again, or leave it.
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { FullPageMessage } from '../../components/FullPageMessage';
import { lockNotice, useLockReason } from '../program/lock-notice';
import { useLeaveDemo, useOpenDemo } from './useSwitchDemo';

export function DemoLockedPage() {
  const openDemo = useOpenDemo();
  const leave = useLeaveDemo();
  const notice = lockNotice(useLockReason());
  const busy = openDemo.isPending || leave.isPending;
  const failure = openDemo.error ?? leave.error;
  return (
    <FullPageMessage title="DEMO — the demo program is locked">
      {notice ? <Alert tone="info">{notice}</Alert> : null}
      <p>The demo holds invented people only, so it opens again without a passphrase.</p>
      {failure ? <Alert tone="error">{errorMessage(failure)}</Alert> : null}
      <div className="actions actions-start">
        <button type="button" className="button-primary" disabled={busy} onClick={() => openDemo.mutate()}>
          {openDemo.isPending ? 'Opening the demo…' : 'Open the demo again'}
        </button>
        <button type="button" disabled={busy} onClick={() => leave.mutate()}>
          {leave.isPending ? 'Leaving…' : 'Leave the demo'}
        </button>
      </div>
    </FullPageMessage>
  );
}
