// Group sessions and the resource directory through the router on a real encrypted program.
import { describe, expect, it } from 'vitest';
import type { GroupSessionFieldsInput } from '../../shared/api/groups';
import { routedProgram } from '../helpers/routed-program';

async function programWithPeople() {
  const test = await routedProgram();
  const person = (firstName: string, lastName: string) =>
    test.call('participants.create', { firstName, lastName, referralDate: '2026-01-10', preferences: {} });
  const maria = await person('Maria', 'Lopez');
  const sam = await person('Sam', 'Okafor');
  const ana = await test.call('peerSupporters.create', { firstName: 'Ana', lastName: 'Silva', capacity: 3 });
  const ben = await test.call('peerSupporters.create', { firstName: 'Ben', lastName: 'Adams', capacity: 3 });
  return { ...test, maria, sam, ana, ben };
}

describe('group sessions', () => {
  it('keeps facilitators, named and anonymous attendance, newest first, and filters by participant', async () => {
    const { call, maria, sam, ana, ben } = await programWithPeople();
    const circle: GroupSessionFieldsInput = {
      title: 'Monday circle',
      heldOn: '2026-02-02',
      durationMinutes: 90,
      facilitatorIds: [ana.id, ben.id],
      modality: 'in-person',
      topics: ['Sleep', 'Returning to work'],
      attendeeIds: [maria.id, sam.id],
      anonymousAttendees: 3,
    };
    const first = await call('groups.create', circle);
    expect(first.facilitators.map((f) => f.name)).toEqual(['Ben Adams', 'Ana Silva']);
    expect(first.attendees.map((a) => a.name)).toEqual(['Maria Lopez', 'Sam Okafor']);
    expect(first.topics).toEqual(['Sleep', 'Returning to work']);
    await call('groups.create', {
      ...circle,
      title: 'Video check-in',
      heldOn: '2026-02-09',
      modality: 'video',
      facilitatorIds: [ana.id],
      attendeeIds: [sam.id],
      anonymousAttendees: 0,
    });

    const list = await call('groups.list', {});
    expect(list.total).toBe(2);
    expect(list.rows.map((row) => [row.title, row.attendance, row.facilitators])).toEqual([
      ['Video check-in', 1, ['Ana Silva']],
      ['Monday circle', 5, ['Ben Adams', 'Ana Silva']],
    ]);
    const marias = await call('groups.list', { participantId: maria.id });
    expect(marias.rows.map((row) => row.title)).toEqual(['Monday circle']);

    const updated = await call('groups.update', {
      id: first.id,
      fields: { ...circle, attendeeIds: [maria.id], anonymousAttendees: 4 },
    });
    expect(updated.attendees.map((a) => a.id)).toEqual([maria.id]);
    expect((await call('groups.list', { participantId: sam.id })).total).toBe(1);

    await call('groups.delete', { id: first.id });
    expect((await call('groups.list', {})).rows.map((row) => row.title)).toEqual(['Video check-in']);
  });

  it('refuses a session without a facilitator, with an unknown person, or with an archived peer', async () => {
    const { call, failure, maria, ana } = await programWithPeople();
    const base: GroupSessionFieldsInput = {
      title: 'Circle',
      heldOn: '2026-02-02',
      durationMinutes: 60,
      facilitatorIds: [ana.id],
      modality: 'group',
    };
    expect((await failure('groups.create', { ...base, facilitatorIds: [] })).fieldErrors?.facilitatorIds?.[0]).toMatch(
      /who facilitated/,
    );
    expect(
      (await failure('groups.create', { ...base, facilitatorIds: [999] })).fieldErrors?.facilitatorIds?.[0],
    ).toMatch(/not a peer supporter/);
    expect(
      (await failure('groups.create', { ...base, attendeeIds: [maria.id, 999] })).fieldErrors?.attendeeIds?.[0],
    ).toMatch(/not a participant/);
    await call('peerSupporters.archive', { id: ana.id });
    expect((await failure('groups.create', base)).fieldErrors?.facilitatorIds?.[0]).toMatch(/archived/);
    expect((await call('groups.list', {})).total).toBe(0);
  });
});

describe('the resource directory', () => {
  it('adds, renames, retires and brings back resources, and refuses a duplicate name', async () => {
    const { call, failure } = await programWithPeople();
    const clinic = await call('resources.add', {
      name: 'County clinic',
      type: 'clinical-care',
      phone: '555 0100',
      website: 'https://clinic.example.org',
    });
    await call('resources.add', { name: 'Food bank', type: 'food' });
    const duplicate = await failure('resources.add', { name: 'county CLINIC', type: 'other' });
    expect(duplicate.fieldErrors?.name?.[0]).toMatch(/already in the directory/);
    const badType = await failure('resources.add', { name: 'X', type: 'spa' as never });
    expect(badType.fieldErrors?.type?.[0]).toMatch(/type/);

    const renamed = await call('resources.update', {
      id: clinic.id,
      fields: { name: 'County health clinic', type: 'clinical-care', phone: '555 0101' },
    });
    expect([renamed.name, renamed.phone, renamed.website]).toEqual(['County health clinic', '555 0101', null]);
    await call('resources.setRetired', { id: clinic.id, retired: true });
    expect((await call('resources.list', {})).map((r) => r.name)).toEqual(['Food bank']);
    expect((await call('resources.list', { includeRetired: true })).map((r) => [r.name, r.retired])).toEqual([
      ['County health clinic', true],
      ['Food bank', false],
    ]);
    await call('resources.setRetired', { id: clinic.id, retired: false });
    expect((await call('resources.list', {})).map((r) => r.name)).toEqual(['County health clinic', 'Food bank']);
  });
});
