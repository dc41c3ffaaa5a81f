// The locked program: unlock with the passphrase, or with the recovery key and a new passphrase;
// or, when it cannot be opened, restore it from a backup.
import { useEffect, useState } from 'react';
import { Alert } from '../../components/Alert';
import { RestoreScreen } from '../backup/RestoreScreen';
import { clearRestoreRequest, restoreRequested } from '../backup/restore-request';
import { lockNotice, useLockReason } from '../program/lock-notice';
import { ThrottleCountdown } from './ThrottleCountdown';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { useCountdown } from './useCountdown';

interface UnlockPageProps {
  /** From the status: the wait still due when it was read, and when it was read. */
  retryAfterMs: number;
  statusReadAt: number;
}

export function UnlockPage({ retryAfterMs, statusReadAt }: UnlockPageProps) {
  const [mode, setMode] = useState<'passphrase' | 'recovery-key' | 'restore'>(() =>
    restoreRequested() ? 'restore' : 'passphrase',
  );
  const [deadline, setDeadline] = useState(() => (retryAfterMs > 0 ? statusReadAt + retryAfterMs : 0));
  useEffect(clearRestoreRequest, []);
  const secondsLeft = useCountdown(deadline);
  const throttled = secondsLeft > 0;
  const notice = lockNotice(useLockReason());
  const onRetryDelay = (ms: number) => setDeadline(Date.now() + ms);
  if (mode === 'restore') return <RestoreScreen replacing onBack={() => setMode('passphrase')} />;
  return (
    <main className="centered-page">
      <section className="card" aria-labelledby="unlock-title">
        <p className="eyebrow">PeerDesk</p>
        <h1 id="unlock-title">{mode === 'passphrase' ? 'Unlock the program' : 'Unlock with the recovery key'}</h1>
        {notice && mode === 'passphrase' ? <Alert tone="info">{notice}</Alert> : null}
        <ThrottleCountdown secondsLeft={secondsLeft} />
        {mode === 'passphrase' ? (
          <PassphraseUnlockForm throttled={throttled} onRetryDelay={onRetryDelay} />
        ) : (
          <RecoveryUnlockForm throttled={throttled} onRetryDelay={onRetryDelay} />
        )}
        <div className="alternate">
          {mode === 'passphrase' ? (
            <button type="button" className="button-link" onClick={() => setMode('recovery-key')}>
              Use recovery key
            </button>
          ) : (
            <button type="button" className="button-link" onClick={() => setMode('passphrase')}>
              Use the passphrase instead
            </button>
          )}
          <button type="button" className="button-link" onClick={() => setMode('restore')}>
            Restore from a backup
          </button>
        </div>
      </section>
    </main>
  );
}
