// Participants through the router on a real encrypted program: records, lifecycle, archive,
// search and filters, and what is audited.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/api/channels';
import type { ParticipantFieldsInput } from '../../shared/api/participants';
import { rawConnection } from '../helpers/program';
import { routedProgram } from '../helpers/routed-program';

const base = (overrides: Partial<ParticipantFieldsInput> = {}): ParticipantFieldsInput => ({
  firstName: 'Zoë',
  lastName: "O'Brien",
  referralDate: '2026-01-15',
  preferences: {},
  ...overrides,
});

describe('participants', () => {
  it('creates a participant, referred, with the first history entry, and audits it by id only', async () => {
    const { call, session, dir } = await routedProgram();
    const created = await call('participants.create', base({ email: 'zoe@example.org', birthDate: '1984' }));
    expect(created).toMatchObject({
      firstName: 'Zoë',
      status: 'referred',
      statusSince: '2026-01-15',
      birthDate: '1984',
      email: 'zoe@example.org',
    });
    expect(created.history).toEqual([expect.objectContaining({ from: null, to: 'referred', on: '2026-01-15' })]);
    const key = await session.exportRawKey();
    await session.close();
    const db = rawConnection(path.join(dir, 'peerdesk.db'), key);
    const entries = db.prepare(`SELECT action, detail FROM audit_log WHERE action LIKE 'participant.%'`).all();
    db.close();
    expect(entries).toEqual([
      { action: 'participant.create', detail: JSON.stringify({ host: 'cli', id: created.id }) },
    ]);
  });

  it('refuses bad input with a message at the field and saves nothing', async () => {
    const { router, call } = await routedProgram();
    const future = await router.handle(
      'participants.create',
      base({ birthDate: '2999-01-01', email: 'zoe.example.org', phone: 'call me' }),
    );
    expect(future).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        fieldErrors: {
          birthDate: ['The birth date is in the future.'],
          email: [expect.stringContaining('email address')],
          phone: [expect.any(String)],
        },
      },
    });
    const unknownTerm = await router.handle('participants.create', base({ languageIds: [99999] }));
    expect(unknownTerm).toMatchObject({
      ok: false,
      error: { fieldErrors: { languageIds: ['Choose an entry from the list.'] } },
    });
    expect((await call('participants.list', {})).total).toBe(0);
  });

  it('changes status with dated history, requires a reason to close, and re-opens', async () => {
    const { call, router, terms } = await routedProgram();
    const { id } = await call('participants.create', base());
    const reasons = await terms('closure-reason');
    await call('participants.changeStatus', { id, status: 'waiting', on: '2026-01-20' });
    const noReason = await router.handle('participants.changeStatus', { id, status: 'closed', on: '2026-02-01' });
    expect(noReason).toMatchObject({ ok: false, error: { fieldErrors: { closureReasonId: [expect.any(String)] } } });
    const backdated = await router.handle('participants.changeStatus', { id, status: 'matched', on: '2026-01-01' });
    expect(backdated).toMatchObject({
      ok: false,
      error: { fieldErrors: { on: [expect.stringContaining('2026-01-20')] } },
    });
    const closed = await call('participants.changeStatus', {
      id,
      status: 'closed',
      on: '2026-02-01',
      closureReasonId: reasons['Moved away'],
    });
    expect(closed).toMatchObject({ status: 'closed', closureReasonId: reasons['Moved away'] });
    const reopened = await call('participants.changeStatus', {
      id,
      status: 'waiting',
      on: '2026-03-01',
      note: 'Back in town',
    });
    expect(reopened.closureReasonId).toBeNull();
    expect(reopened.history.map((change) => `${change.from}->${change.to}@${change.on}`)).toEqual([
      'closed->waiting@2026-03-01',
      'waiting->closed@2026-02-01',
      'referred->waiting@2026-01-20',
      'null->referred@2026-01-15',
    ]);
    // The closing keeps its reason in the history, the reopening its note.
    expect(reopened.history.map((change) => [change.reasonId, change.note])).toEqual([
      [null, 'Back in town'],
      [reasons['Moved away'], null],
      [null, null],
      [null, null],
    ]);
  });

  it('archives instead of deleting, hides the archived from the list, and restores', async () => {
    const { call } = await routedProgram();
    const { id } = await call('participants.create', base());
    await call('participants.create', base({ firstName: 'Ana', lastName: 'Silva' }));
    await call('participants.archive', { id });
    expect((await call('participants.list', {})).rows.map((row) => row.displayName)).toEqual(['Ana Silva']);
    expect((await call('participants.list', { includeArchived: true })).total).toBe(2);
    expect((await call('participants.get', { id })).archivedAt).not.toBeNull();
    await call('participants.restore', { id });
    expect((await call('participants.list', {})).total).toBe(2);
  });

  it('finds people by any part of a name, without regard to case, accents or punctuation', async () => {
    const { call } = await routedProgram();
    await call('participants.create', base());
    await call('participants.create', base({ firstName: 'Zoe', lastName: 'Smith-Jones' }));
    await call('participants.create', base({ firstName: 'Łukasz', lastName: 'Nowak', preferredName: 'Luke' }));
    await call('participants.create', base({ firstName: 'Søren', lastName: 'Kierkegaard' }));
    const find = async (search: string) =>
      (await call('participants.list', { search })).rows.map((row) => row.displayName).sort();
    expect(await find('zoe')).toEqual(['Zoe Smith-Jones', "Zoë O'Brien"]);
    expect(await find('obrien')).toEqual(["Zoë O'Brien"]);
    expect(await find("O'BRI")).toEqual(["Zoë O'Brien"]);
    expect(await find('zoë jones')).toEqual(['Zoe Smith-Jones']);
    expect(await find('lukasz')).toEqual(['Luke Nowak']);
    expect(await find('soren')).toEqual(['Søren Kierkegaard']);
    expect(await find('%')).toHaveLength(4);
    expect(await find('nobody')).toEqual([]);
  });

  it('filters by status, tag (with its sub-types), language and region, sorts and pages', async () => {
    const { call, terms } = await routedProgram();
    const tags = await terms('experience');
    const languages = await terms('language');
    await call(
      'participants.create',
      base({
        firstName: 'Amira',
        lastName: 'Haddad',
        region: 'North',
        languageIds: [languages.Arabic],
        experienceTagIds: [tags['Mastectomy with reconstruction']],
      }),
    );
    await call(
      'participants.create',
      base({
        firstName: 'Bea',
        lastName: 'Costa',
        region: 'South',
        referralDate: '2026-01-10',
        experienceTagIds: [tags['Breast cancer']],
      }),
    );
    const { id } = await call(
      'participants.create',
      base({
        firstName: 'Chen',
        lastName: 'Wei',
        region: 'North',
        referralDate: '2026-01-05',
        experienceTagIds: [tags.Diabetes],
      }),
    );
    await call('participants.changeStatus', { id, status: 'waiting', on: '2026-02-01' });
    const names = async (input: ChannelInput<'participants.list'>) =>
      (await call('participants.list', input)).rows.map((row) => row.displayName);
    expect(await names({ tagId: tags['Breast cancer'] })).toEqual(['Bea Costa', 'Amira Haddad']);
    expect(await names({ languageId: languages.Arabic })).toEqual(['Amira Haddad']);
    expect(await names({ region: 'nor' })).toEqual(['Amira Haddad', 'Chen Wei']);
    expect(await names({ statuses: ['waiting'] })).toEqual(['Chen Wei']);
    expect(await names({ sort: 'referralDate', direction: 'asc' })).toEqual(['Chen Wei', 'Bea Costa', 'Amira Haddad']);
    expect(await names({ sort: 'name', direction: 'desc' })).toEqual(['Chen Wei', 'Amira Haddad', 'Bea Costa']);
    const page = await call('participants.list', { limit: 2, offset: 2 });
    expect(page).toMatchObject({
      total: 3,
      rows: [expect.objectContaining({ displayName: 'Chen Wei', languages: [] })],
    });
    // Past the end, and an empty search, still say how many there are.
    expect(await call('participants.list', { offset: 10 })).toEqual({ total: 3, rows: [] });
    expect(await call('participants.list', { search: 'wei', offset: 10 })).toEqual({ total: 1, rows: [] });
    expect(await call('participants.list', { search: 'nobody' })).toEqual({ total: 0, rows: [] });
    expect((await call('participants.list', { search: 'a', limit: 1 })).total).toBe(2);
    expect((await call('participants.list', { languageId: languages.Arabic })).rows[0].languages).toEqual(['Arabic']);
  });

  it('records opening a record as a view', async () => {
    const { call } = await routedProgram();
    const { id } = await call('participants.create', base());
    const before = (await call('program.info', {})).recordCounts.auditLogEntries;
    await call('participants.get', { id });
    expect((await call('program.info', {})).recordCounts.auditLogEntries).toBe(before + 1);
  });
});

describe('vocabulary lists', () => {
  it('adds, renames and retires terms; a term in use cannot be deleted', async () => {
    const { call, router, terms } = await routedProgram();
    const tags = await terms('experience');
    const sub = await call('vocabulary.add', { kind: 'experience', label: 'Type 3c', parentId: tags.Diabetes });
    expect(sub).toMatchObject({ parentId: tags.Diabetes, usage: 0, retired: false });
    const duplicate = await router.handle('vocabulary.add', {
      kind: 'experience',
      label: 'type 3C',
      parentId: tags.Diabetes,
    });
    expect(duplicate).toMatchObject({
      ok: false,
      error: { fieldErrors: { label: [expect.stringContaining('already')] } },
    });
    const { id } = await call('participants.create', base({ experienceTagIds: [sub.id] }));
    await expect(router.handle('vocabulary.delete', { id: sub.id })).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('only be retired') },
    });
    await call('vocabulary.setRetired', { id: sub.id, retired: true });
    // The record that has it can still be saved; a new record cannot take it.
    const current = await call('participants.get', { id });
    await expect(
      call('participants.update', {
        id,
        fields: { ...base({ experienceTagIds: current.experienceTagIds }), goals: 'Walk daily' },
      }),
    ).resolves.toMatchObject({ goals: 'Walk daily' });
    const fresh = await router.handle('participants.create', base({ experienceTagIds: [sub.id] }));
    expect(fresh).toMatchObject({
      ok: false,
      error: { fieldErrors: { experienceTagIds: [expect.stringContaining('retired')] } },
    });
    const unused = await call('vocabulary.add', { kind: 'language', label: 'Amharic' });
    await call('vocabulary.rename', { id: unused.id, label: 'Amharic (Ethiopia)' });
    await expect(call('vocabulary.delete', { id: unused.id })).resolves.toMatchObject({ label: 'Amharic (Ethiopia)' });
    expect((await call('vocabulary.list', { kind: 'language' })).map((term) => term.label)).not.toContain(
      'Amharic (Ethiopia)',
    );
  });
});
