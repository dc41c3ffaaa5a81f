// Reports for funders (/reports): choose the period and sections, or a saved funder profile, and
// build the report: counts only, no names, small counts suppressed; then export it. Identifiable
// lists go through their own page, which needs each participant's consent.
import { zodResolver } from '@hookform/resolvers/zod';
import { hashKey } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { FunderProfile, ReportBuildInput } from '../../../shared/api/reports';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { FunderProfilesPanel } from './FunderProfilesPanel';
import { ReportRequestForm } from './ReportRequestForm';
import { ReportView } from './ReportView';
import { reportKeys } from './report-keys';
import {
  defaultReportRequestValues,
  reportRequestSchema,
  valuesWithProfile,
  type ReportRequestValues,
} from './report-request-values';
import { useReport } from './useReports';

export function ReportsPage() {
  const form = useForm<ReportRequestValues, unknown, ReportBuildInput>({
    resolver: zodResolver(reportRequestSchema),
    defaultValues: defaultReportRequestValues(),
  });
  const [request, setRequest] = useState<ReportBuildInput | null>(null);
  const report = useReport(request);

  const build = form.handleSubmit((next) => {
    // The same choices again build afresh: people and contacts may have changed since.
    if (request && hashKey(reportKeys.report(next)) === hashKey(reportKeys.report(request))) void report.refetch();
    else setRequest(next);
  });
  const choose = (profile: FunderProfile) => {
    form.reset(valuesWithProfile(form.getValues(), profile));
    void build();
  };

  return (
    <>
      <h1>Reports</h1>
      <p>
        Reports for funders count people and their support; they never name them. Small counts are suppressed, as the
        threshold in Settings says.
      </p>
      <p>
        <Link to="/reports/participant-list">Participant list for a recipient (needs consent)</Link>
      </p>
      <section className="panel" aria-labelledby="report-request-title">
        <h2 id="report-request-title">Build a report</h2>
        <ReportRequestForm form={form} onSubmit={() => void build()} building={report.isFetching} />
      </section>
      <FunderProfilesPanel onChoose={choose} currentChoices={form.getValues} building={report.isFetching} />
      <p role="status" className="report-progress">
        {report.isFetching ? 'Building the report…' : ''}
      </p>
      {report.isError && !report.isFetching ? <Alert tone="error">{errorMessage(report.error)}</Alert> : null}
      {report.data && request && !report.isFetching ? <ReportView report={report.data} request={request} /> : null}
    </>
  );
}
