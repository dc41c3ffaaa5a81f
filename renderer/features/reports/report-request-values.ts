// The choices behind a report as the form holds them (the period's kind, its dates when custom,
// the sections), checked with the backend's own schema and turned into the request it takes.
import { z } from 'zod';
import {
  periodKinds,
  reportBuildInput,
  reportSections,
  type FunderProfile,
  type PeriodKind,
  type ReportBuildInput,
  type ReportSectionKey,
} from '../../../shared/api/reports';

export interface ReportRequestValues {
  kind: PeriodKind;
  from: string;
  to: string;
  sections: ReportSectionKey[];
}

// The shared schema's paths, mapped to the form's fields.
const formFields: Record<string, keyof ReportRequestValues> = {
  'period.from': 'from',
  'period.to': 'to',
  sections: 'sections',
};
const formFieldOf = (path: PropertyKey[]): string => formFields[path.join('.')] ?? 'kind';

/** Sections in the report's own order, whatever order they were ticked in. */
export const inReportOrder = (sections: readonly ReportSectionKey[]): ReportSectionKey[] =>
  reportSections.filter((section) => sections.includes(section));

export const reportRequestSchema = z
  .object({
    kind: z.enum(periodKinds, { error: 'Period: choose from the list.' }),
    from: z.string(),
    to: z.string(),
    sections: z.array(z.enum(reportSections)),
  })
  .transform((values, context): ReportBuildInput => {
    const period =
      values.kind === 'custom' ? { kind: values.kind, from: values.from, to: values.to } : { kind: values.kind };
    const parsed = reportBuildInput.safeParse({ period, sections: inReportOrder(values.sections) });
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      context.addIssue({ code: 'custom', message: issue.message, path: [formFieldOf(issue.path)] });
    }
    return z.NEVER;
  });

export const defaultReportRequestValues = (): ReportRequestValues => ({
  kind: 'last-quarter',
  from: '',
  to: '',
  sections: [...reportSections],
});

/** A profile's choices over the form's: its period kind and sections; custom dates stay as typed. */
export const valuesWithProfile = (values: ReportRequestValues, profile: FunderProfile): ReportRequestValues => ({
  ...values,
  kind: profile.periodKind,
  sections: [...profile.sections],
});
