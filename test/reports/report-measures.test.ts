// Every measure of a funder report, computed on a hand-built program with known answers
// (report-fixture.ts), before publication: the definitions themselves.
import { describe, expect, it } from 'vitest';
import { reportSections, type ReportSectionKey } from '../../shared/api/reports';
import { reportScope, sectionQuery } from '../../electron/backend/reports/build-report';
import type { RawSection } from '../../electron/backend/reports/raw';
import { PERIOD, reportFixture } from './report-fixture';

async function sections() {
  const test = await reportFixture();
  const { manager } = test.session.requireOpen().dataSource;
  const scope = reportScope((sql, parameters) => manager.query(sql, parameters), PERIOD, 30);
  const raw = {} as Record<ReportSectionKey, RawSection>;
  for (const key of reportSections) {
    raw[key] = await sectionQuery(key)(scope);
  }
  return raw;
}

const measures = (section: RawSection) =>
  Object.fromEntries(section.measures.map((measure) => [measure.key, measure.value]));

/** A table's column as { rowKey: value }, leaving out zero rows to keep the expectations short. */
function column(section: RawSection, tableKey: string, columnKey: string) {
  const table = section.tables.find((candidate) => candidate.key === tableKey);
  if (!table) throw new Error(`no table ${tableKey}`);
  return Object.fromEntries(
    table.rows
      .filter((row) => (row.values[columnKey] ?? 0) !== 0)
      .map((row) => [row.key, Math.round((row.values[columnKey] ?? 0) * 10) / 10]),
  );
}

describe('report measures on a program with known answers', () => {
  it('computes every measure as the README defines it', async () => {
    const raw = await sections();

    expect(measures(raw.reach)).toEqual({
      'reach.participantsServed': 3, // Ada and Ben by contact, Cy by a group
      'reach.newReferrals': 3, // Ben, Cy, Eve
      'reach.intakes': 2, // Ben, Cy (Ada's and Dee's were before)
      'reach.waitingAtEnd': 2, // Cy, and Ben after his match ended
      'reach.daysToMatchMedian': 34.5, // Ada 40, Ben 29
      'reach.daysToMatchP90': 40,
    });
    expect(column(raw.reach, 'reach.servedByMonth', 'participants')).toEqual({
      '2026-04': 1,
      '2026-05': 1,
      '2026-06': 3,
    });

    expect(measures(raw.matches)).toEqual({
      'matches.started': 2,
      'matches.ended': 1,
      'matches.activeAtEnd': 2, // Ada's and Dee's
      'matches.medianLengthDays': 42,
    });
    expect(column(raw.matches, 'matches.endedByReason', 'matches')).toEqual({ 'goals-met': 1 });

    expect(measures(raw.contacts)).toEqual({
      'contacts.contacts': 3,
      'contacts.hours': 3,
      'contacts.attempts': 1,
      'contacts.perParticipantMedian': 1, // Ada 2, Ben 1, Cy 0
    });
    expect(column(raw.contacts, 'contacts.byModality', 'contacts')).toEqual({ phone: 1, 'in-person': 1, video: 1 });
    expect(column(raw.contacts, 'contacts.byModality', 'hours')).toEqual({ phone: 0.5, 'in-person': 1.5, video: 1 });
    expect(column(raw.contacts, 'contacts.byFunction', 'contacts')).toEqual({ 'being-there': 2, linkage: 1 });
    expect(column(raw.contacts, 'contacts.byFunction', 'hours')).toEqual({ 'being-there': 2, linkage: 1.5 });
    expect(column(raw.contacts, 'contacts.byMonth', 'contacts')).toEqual({ '2026-04': 1, '2026-05': 1, '2026-06': 1 });
    expect(column(raw.contacts, 'contacts.byMonth', 'attempts')).toEqual({ '2026-05': 1 });

    expect(measures(raw.referrals)).toEqual({ 'referrals.referrals': 1, 'referrals.concernsRaised': 1 });
    expect(column(raw.referrals, 'referrals.byResourceType', 'referrals')).toEqual({ 'clinical-care': 1 });

    expect(measures(raw.groups)).toEqual({
      'groups.sessions': 1,
      'groups.attendancesNamed': 2,
      'groups.attendancesAnonymous': 3,
      'groups.hours': 1,
    });

    const demographics = (key: string) => column(raw.demographics, `demographics.${key}`, 'participants');
    expect(demographics('ageBand')).toEqual({ '25-to-34': 1, '45-to-54': 1, 'not-recorded': 1 });
    expect(demographics('gender')).toEqual({ woman: 1, man: 1, 'not-recorded': 1 });
    expect(demographics('language')).toEqual({ english: 2, spanish: 1, 'not-recorded': 1 });
    expect(demographics('region')).toEqual({ 'région-québec': 2, 'hyperlink-x': 1 });
    expect(demographics('experience')).toEqual({ diabetes: 2, 'mental-illness': 1 });

    expect(measures(raw.workforce)).toEqual({
      'workforce.active': 2, // Pat and Robin; Quinn is on leave
      'workforce.newlyTrained': 1, // Robin
      'workforce.trainingHours': 8,
      'workforce.certificationsCurrent': 1, // Pat's; Robin's expired, Quinn is not active
      'workforce.volunteerHours': 3, // Pat's two contacts (2 h) and his group (1 h)
    });
    expect(column(raw.workforce, 'workforce.supervisedByMonth', 'activePeers')).toEqual({
      '2026-04': 3,
      '2026-05': 3,
      '2026-06': 2,
    });
    expect(column(raw.workforce, 'workforce.supervisedByMonth', 'supervised')).toEqual({ '2026-04': 1, '2026-06': 1 });
    expect(column(raw.workforce, 'workforce.supervisedByMonth', 'share')).toEqual({ '2026-04': 33.3, '2026-06': 50 });

    expect(measures(raw.fidelity)).toEqual({ 'fidelity.contactsRecorded': 2 });
    expect(column(raw.fidelity, 'fidelity.items', 'contacts')).toEqual({ 'promote-hope': 2, empathy: 1 });
    expect(column(raw.fidelity, 'fidelity.items', 'share')).toEqual({ 'promote-hope': 100, empathy: 50 });
  });
});
