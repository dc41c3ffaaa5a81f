// A participant list for a named recipient and purpose (/reports/participant-list): the one
// export with names. Only participants whose release of information covers the recipient and
// the purpose today are in the file; the others are listed here with the reason.
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { Link } from 'react-router';
import {
  participantListExportInput,
  participantListFieldLabels,
  participantListFields,
  type ParticipantListExportInput,
} from '../../../shared/api/reports';
import type { z } from 'zod';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { downloadFile } from '../../components/download-file';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { applyFieldErrors } from '../../forms/apply-field-errors';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { LeftOutList } from './LeftOutList';
import { useCheckParticipantList, useExportParticipantList } from './useParticipantList';

type Values = z.input<typeof participantListExportInput>;
type Parsed = z.output<typeof participantListExportInput>;

const fieldOptions = [
  {
    label: null,
    options: participantListFields.map((field) => ({ value: field, label: participantListFieldLabels[field] })),
  },
];
const serverFields = { recipient: 'recipient', purpose: 'purpose', fields: 'fields', format: 'format' } as const;

export function ParticipantListPage() {
  useDocumentTitle('Participant list for a recipient');
  const form = useForm<Values, unknown, Parsed>({
    resolver: zodResolver(participantListExportInput),
    defaultValues: { recipient: '', purpose: '', fields: [], format: 'xlsx' },
  });
  const check = useCheckParticipantList();
  const exporting = useExportParticipantList();
  const { errors } = form.formState;

  const onCheck = form.handleSubmit((input: ParticipantListExportInput) => {
    exporting.reset();
    check.mutate(input, { onError: (error) => applyFieldErrors(error, form.setError, serverFields) });
  });
  const onExport = form.handleSubmit((input: ParticipantListExportInput) => {
    check.reset();
    exporting.mutate(input, {
      onSuccess: (result) => {
        if (result.file) downloadFile(result.file.fileName, result.file.mimeType, result.file.dataBase64);
      },
      onError: (error) => applyFieldErrors(error, form.setError, serverFields),
    });
  });
  const result = exporting.data ?? check.data;
  const error = exporting.error ?? check.error;
  const busy = check.isPending || exporting.isPending;

  return (
    <>
      <p>
        <Link to="/reports">Back to Reports</Link>
      </p>
      <h1>Participant list for a recipient</h1>
      <p>
        This list names people, so it holds only participants whose release of information, on file and active today,
        names this recipient and covers this purpose. Everyone else is listed below with the reason, and is not in the
        file. The export is recorded in the audit log.
      </p>
      <form className="panel" noValidate onSubmit={(event) => void onCheck(event)}>
        <TextField
          label="Recipient"
          hint="As the release names it, such as a clinic or a person."
          error={errors.recipient?.message}
          {...form.register('recipient')}
        />
        <TextField
          label="Purpose"
          hint="As the release states it, such as “Coordinate care”."
          error={errors.purpose?.message}
          {...form.register('purpose')}
        />
        <Controller
          control={form.control}
          name="fields"
          render={({ field }) => (
            <CheckboxGroup
              legend="Fields besides the name"
              hint="Only what the recipient needs."
              groups={fieldOptions}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.fields?.message}
            />
          )}
        />
        <SelectField label="Format" error={errors.format?.message} {...form.register('format')}>
          <option value="xlsx">XLSX workbook</option>
          <option value="csv">CSV file</option>
        </SelectField>
        <div className="actions actions-start">
          <button type="submit" disabled={busy}>
            Check consents
          </button>
          <button type="button" className="button-primary" disabled={busy} onClick={() => void onExport()}>
            Export list
          </button>
        </div>
      </form>
      <p role="status">{busy ? 'Checking each participant’s consent…' : ''}</p>
      {error && !busy ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      {result && !busy ? (
        <section className="panel" aria-labelledby="list-result-title">
          <h2 id="list-result-title">{exporting.data ? 'Exported' : 'What the list would hold'}</h2>
          {exporting.data ? (
            exporting.data.file ? (
              <Alert tone="success">
                Exported {exporting.data.included} {exporting.data.included === 1 ? 'participant' : 'participants'};{' '}
                {exporting.data.leftOut.length} left out for lack of consent.
              </Alert>
            ) : (
              <Alert tone="info">Nobody’s release covers this recipient and purpose today. Nothing was exported.</Alert>
            )
          ) : (
            <p>
              {result.included} {result.included === 1 ? 'participant' : 'participants'} can be included;{' '}
              {result.leftOut.length} would be left out for lack of consent.
            </p>
          )}
          <LeftOutList leftOut={result.leftOut} />
        </section>
      ) : null}
    </>
  );
}
