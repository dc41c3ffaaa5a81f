// The demo program's supervision: notes for the peers who have been active, each readable and
// accepted by the note form's schema, a well-being trend, and something for every part of the
// dashboard to show (peers overdue, overdue action items, consents, certifications).
import { describe, expect, it } from 'vitest';
import { attentionKinds } from '../../shared/api/attention';
import { supervisionNoteFieldsSchema } from '../../shared/api/supervision';
import { attention } from '../../electron/backend/attention/attention';
import { generateDemoProgram } from '../../electron/backend/demo/generate';
import { getNote, peerSupervision } from '../../electron/backend/supervision/supervision-notes';
import { newProgram } from '../helpers/program';

describe('the demo supervision', () => {
  it('supervises the active peers, and gives the dashboard something of every kind', async () => {
    const program = await newProgram('Demo program (DEMO)');
    const { dataSource } = program.session.requireOpen();
    const now = program.clock.now();
    const summary = await dataSource.transaction((manager) =>
      generateDemoProgram(manager, { size: 'small', seed: 2, now }),
    );
    const manager = dataSource.manager;
    expect(summary.supervisionNotes).toBeGreaterThan(50);

    const active = await manager.query<{ id: number }[]>(`SELECT id FROM peer_supporter WHERE status = 'active'`);
    expect(active.length).toBeGreaterThan(0);
    for (const { id } of active) {
      const standing = await peerSupervision(manager, id, now);
      expect(standing.notes.length, `peer ${id}`).toBeGreaterThan(0);
      expect(standing.wellbeingTrend.length).toBeGreaterThan(0);
    }
    const noteIds = await manager.query<{ id: number }[]>(`SELECT id FROM supervision_note ORDER BY id LIMIT 40`);
    for (const { id } of noteIds) {
      const note = await getNote(manager, id);
      const {
        id: _id,
        supervisor: _s,
        peerSupporters: _p,
        caseReviews: _c,
        actions: _a,
        createdAt: _x,
        updatedAt: _y,
        ...fields
      } = note;
      expect(() => supervisionNoteFieldsSchema.parse(fields)).not.toThrow();
    }

    // Expired consents are mostly renewed or belong to closed participants: not every seed has one.
    const today = await attention(manager, now);
    for (const kind of attentionKinds.filter((k) => k !== 'consent-expired')) {
      expect(today.counts[kind], kind).toBeGreaterThan(0);
    }
  });
});
