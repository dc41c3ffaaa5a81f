// Shown on every page of the demo program: what it is, and the way back to the real one.
import { errorMessage } from '../../api/api-error';
import { useLeaveDemo } from './useSwitchDemo';

export function DemoBanner() {
  const leave = useLeaveDemo();
  return (
    <div className="demo-banner" role="note" aria-label="Demo program">
      <p>
        <strong>DEMO</strong> — every person here is invented. This demo opens without your passphrase, so never type a
        real person’s details into it.
      </p>
      {leave.isError ? (
        <p role="alert" className="demo-banner-error">
          {errorMessage(leave.error)}
        </p>
      ) : null}
      <button type="button" disabled={leave.isPending} onClick={() => leave.mutate()}>
        {leave.isPending ? 'Leaving…' : 'Leave the demo'}
      </button>
    </div>
  );
}
