import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import type { SetupStarted } from '../../../shared/api/types';
import { PASSPHRASE_MIN_LENGTH } from '../../../shared/api/schemas';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { NewPassphraseFields } from '../../forms/NewPassphraseFields';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { mismatchIssue, newPassphraseFields, passphrasesMatch } from '../../forms/passphrase-rules';
import type { ProgramDetails } from './DetailsStep';
import { useSetupBegin } from './useSetupBegin';
import { WizardStep } from './WizardStep';

const passphraseFormSchema = z.object(newPassphraseFields).refine(passphrasesMatch, mismatchIssue);

interface PassphraseStepProps {
  details: ProgramDetails;
  onBack: () => void;
  onStarted: (started: SetupStarted) => void;
}

export function PassphraseStep({ details, onBack, onStarted }: PassphraseStepProps) {
  const setupBegin = useSetupBegin();
  const { register, handleSubmit, formState, control, setError } = useForm({
    resolver: zodResolver(passphraseFormSchema),
    defaultValues: { newPassphrase: '', confirmPassphrase: '' },
  });
  const { errors } = formState;
  const passphrase = useWatch({ control, name: 'newPassphrase' });

  const submit = handleSubmit(({ newPassphrase }) =>
    setupBegin.mutate(
      { ...details, passphrase: newPassphrase },
      {
        onSuccess: onStarted,
        onError: (error) => applyFieldErrors(error, setError, { passphrase: 'newPassphrase' }),
      },
    ),
  );
  const showAlert = setupBegin.isError && !Object.values(errors).some((e) => e?.type === 'server');

  return (
    <WizardStep number={3} title="Choose a passphrase">
      <p>
        You will type it each time you open PeerDesk. Use at least {PASSPHRASE_MIN_LENGTH} characters; a few unrelated
        words are easy to remember and hard to guess. Do not reuse a password from elsewhere.
      </p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {showAlert ? <Alert tone="error">{errorMessage(setupBegin.error)}</Alert> : null}
        <NewPassphraseFields
          label="Passphrase"
          confirmLabel="Passphrase again"
          passphrase={passphrase}
          userInputs={[details.programName, details.leaderName, 'peerdesk']}
          field={register('newPassphrase')}
          confirmField={register('confirmPassphrase')}
          error={errors.newPassphrase?.message}
          confirmError={errors.confirmPassphrase?.message}
        />
        <div className="actions">
          <button type="button" onClick={onBack} disabled={setupBegin.isPending}>
            Back
          </button>
          <button type="submit" className="button-primary" disabled={setupBegin.isPending}>
            {setupBegin.isPending ? 'Creating the encrypted program…' : 'Next'}
          </button>
        </div>
      </form>
    </WizardStep>
  );
}
