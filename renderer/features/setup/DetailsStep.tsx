import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { leaderNameSchema, programNameSchema } from '../../../shared/api/schemas';
import { TextField } from '../../components/TextField';
import { WizardStep } from './WizardStep';

const detailsSchema = z.object({ programName: programNameSchema, leaderName: leaderNameSchema });
export type ProgramDetails = z.output<typeof detailsSchema>;

interface DetailsStepProps {
  initial: ProgramDetails;
  onBack: () => void;
  onNext: (details: ProgramDetails) => void;
}

export function DetailsStep({ initial, onBack, onNext }: DetailsStepProps) {
  const { register, handleSubmit, formState } = useForm({
    resolver: zodResolver(detailsSchema),
    defaultValues: initial,
  });
  const { errors } = formState;
  return (
    <WizardStep number={2} title="Your program">
      <form noValidate onSubmit={(event) => void handleSubmit(onNext)(event)}>
        <TextField
          label="Program name"
          hint="As people know it, for example “Riverside Peer Support”."
          autoComplete="organization"
          error={errors.programName?.message}
          {...register('programName')}
        />
        <TextField
          label="Your name"
          hint="You, the program leader."
          autoComplete="name"
          error={errors.leaderName?.message}
          {...register('leaderName')}
        />
        <div className="actions">
          <button type="button" onClick={onBack}>
            Back
          </button>
          <button type="submit" className="button-primary">
            Next
          </button>
        </div>
      </form>
    </WizardStep>
  );
}
