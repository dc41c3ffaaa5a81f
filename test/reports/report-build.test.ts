// A funder report through the router: the period resolved from the session's day, the
// program's threshold applied, headline totals published, small counts and figures from too few
// people suppressed, nothing that names or identifies a person; and saved funder profiles.
import { describe, expect, it } from 'vitest';
import { reportSections, type Report, type ReportCell } from '../../shared/api/reports';
import { routedProgram } from '../helpers/routed-program';
import { reportFixture } from './report-fixture';

const measure = (report: Report, key: string): ReportCell | undefined =>
  report.sections.flatMap((section) => section.measures).find((m) => m.key === key)?.cell;
const table = (report: Report, key: string) =>
  report.sections.flatMap((section) => section.tables).find((t) => t.key === key);

describe('reports.build', () => {
  it('resolves last quarter from the session day, applies the threshold, and names nobody', async () => {
    const { call } = await reportFixture(); // the clock stands at 2026-07-20
    await call('settings.update', { reportThreshold: 5 });
    const report = await call('reports.build', { period: { kind: 'last-quarter' } });

    expect(report.period).toMatchObject({ kind: 'last-quarter', from: '2026-04-01', to: '2026-06-30' });
    expect(report.period.label).toBe('1 Apr 2026 to 30 Jun 2026 (last quarter)');
    expect(report.programName).toBe('Riverside Peers');
    expect(report.threshold).toBe(5);
    expect(report.sections.map((section) => section.key)).toEqual(reportSections);
    // Headline totals are published whatever their size; a median of two matches is not.
    expect(measure(report, 'reach.participantsServed')).toEqual({ kind: 'value', value: 3 });
    expect(measure(report, 'reach.daysToMatchMedian')).toEqual({
      kind: 'suppressed',
      reason: 'too-few',
      shown: 'suppressed',
    });
    // Every non-zero count of a breakdown is below 5 here: shown as "<5", zeros shown, hours hidden with their count.
    const byModality = table(report, 'contacts.byModality')!;
    expect(byModality.rows.find((row) => row.key === 'phone')?.cells).toEqual({
      contacts: { kind: 'suppressed', reason: 'small-count', shown: '<5' },
      hours: { kind: 'suppressed', reason: 'too-few', shown: 'suppressed' },
    });
    expect(byModality.rows.find((row) => row.key === 'text')?.cells.contacts).toEqual({ kind: 'value', value: 0 });
    // One contact in each of three ways: with the total, each count would be known to be 1, so
    // the table's total is withheld too (the headline total of contacts still shows 3).
    expect(byModality.total?.cells).toEqual({
      contacts: { kind: 'suppressed', reason: 'complementary', shown: 'suppressed' },
      hours: { kind: 'suppressed', reason: 'too-few', shown: 'suppressed' },
    });
    expect(measure(report, 'contacts.contacts')).toEqual({ kind: 'value', value: 3 });
    expect(report.suppressionApplied).toBe(true);
    expect(report.suppressionNote).toContain('"<5"');

    // No names, contact details, dates of birth or internal ids anywhere in it.
    const text = JSON.stringify(report);
    for (const identifying of ['Ada', 'Ben', 'Person', 'Pat', 'Robin', '1980-07-15', '2001-06-30', 'Missed two']) {
      expect(text).not.toContain(identifying);
    }
    expect(text).not.toMatch(/"[a-zA-Z]*[iI]d":/);
  });

  it('builds only the sections asked for, for custom dates, and refuses a period that ends before it starts', async () => {
    const { call, failure } = await routedProgram();
    const report = await call('reports.build', {
      period: { kind: 'custom', from: '2026-01-01', to: '2026-02-28' },
      sections: ['contacts', 'reach'],
    });
    expect(report.sections.map((section) => section.key)).toEqual(['reach', 'contacts']);
    expect(table(report, 'contacts.byMonth')?.rows.map((row) => row.label)).toEqual(['Jan 2026', 'Feb 2026']);
    // A median of nobody is not shown; a report of counts only, all zero, needs no suppression.
    expect(report.suppressionApplied).toBe(true);
    const groups = await call('reports.build', { period: { kind: 'this-year' }, sections: ['groups'] });
    expect(groups.suppressionApplied).toBe(false);
    expect(groups.suppressionNote).toContain('No cell of this report needed suppression');

    const refused = await failure('reports.build', {
      period: { kind: 'custom', from: '2026-03-01', to: '2026-02-01' },
    });
    expect(refused.fieldErrors?.['period.to']).toEqual(['The end date is before the start date.']);
    const noSections = await failure('reports.build', { period: { kind: 'this-year' }, sections: [] });
    expect(noSections.fieldErrors?.sections).toEqual(['Sections: choose at least one.']);
  });

  it('keeps the threshold between 5 and 20', async () => {
    const { call, failure } = await routedProgram();
    expect((await call('settings.get', {})).reportThreshold).toBe(11);
    const refused = await failure('settings.update', { reportThreshold: 4 });
    expect(refused.fieldErrors?.reportThreshold).toEqual(['Small counts: enter a whole number from 5 to 20.']);
    expect((await call('settings.update', { reportThreshold: 20 })).reportThreshold).toBe(20);
  });
});

describe('funder profiles', () => {
  it('saves a named choice of sections and period, unique by name, and deletes it', async () => {
    const { call, failure } = await routedProgram();
    const county = await call('reports.profiles.add', {
      name: 'Quarterly report for the county',
      periodKind: 'last-quarter',
      sections: ['contacts', 'reach'],
    });
    // Sections keep the report's order.
    expect(county).toMatchObject({ periodKind: 'last-quarter', sections: ['reach', 'contacts'] });
    const duplicate = await failure('reports.profiles.add', {
      name: 'QUARTERLY report for the county',
      periodKind: 'this-year',
      sections: ['reach'],
    });
    expect(duplicate.fieldErrors?.name).toEqual(['A profile named "Quarterly report for the county" already exists.']);
    await call('reports.profiles.add', { name: 'Annual, state', periodKind: 'last-year', sections: ['workforce'] });
    await call('reports.profiles.update', {
      id: county.id,
      fields: { name: 'County, quarterly', periodKind: 'this-quarter', sections: ['groups'] },
    });
    expect((await call('reports.profiles.list', {})).map((p) => [p.name, p.periodKind, p.sections])).toEqual([
      ['Annual, state', 'last-year', ['workforce']],
      ['County, quarterly', 'this-quarter', ['groups']],
    ]);
    await call('reports.profiles.delete', { id: county.id });
    expect((await call('reports.profiles.list', {})).map((p) => p.name)).toEqual(['Annual, state']);
    const gone = await failure('reports.profiles.delete', { id: county.id });
    expect(gone.message).toBe('That funder profile does not exist.');
  });
});
