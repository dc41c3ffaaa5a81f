// The options every chooser of a report's contents offers: the period kinds and the sections.
import type { CheckboxOptionGroup } from '../../components/CheckboxGroup';
import {
  periodKindLabels,
  periodKinds,
  reportSectionLabels,
  reportSections,
  type ReportSectionKey,
} from '../../../shared/api/reports';

export const periodOptions = periodKinds.map((kind) => ({ value: kind, label: periodKindLabels[kind] }));

export const sectionGroups: CheckboxOptionGroup<ReportSectionKey>[] = [
  { label: null, options: reportSections.map((section) => ({ value: section, label: reportSectionLabels[section] })) },
];
