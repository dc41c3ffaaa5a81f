// The channels of the consent-gated participant list. The preview only reads; the export is
// recorded in the audit log with the ids of the consents that allowed each line (never names).
import type { HandlerGroup } from '../api/handlers';
import { appendAudit } from '../audit/audit-log';
import { todayIso } from '../../../shared/api/fields';
import { read } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';
import { checkParticipantList } from './participant-list';
import { renderParticipantList } from './participant-list-file';

export function participantListHandlers(session: ProgramSession) {
  return {
    'exports.participantList.preview': (input) =>
      read(session, async (manager) => {
        const { included, leftOut } = await checkParticipantList(manager, { ...input, day: todayIso(session.now()) });
        return { included, leftOut };
      }),
    'exports.participantList': (input) =>
      session.exclusive(() =>
        session.requireOpen().dataSource.transaction(async (manager) => {
          const now = session.now();
          const request = { ...input, day: todayIso(now) };
          const { included, leftOut, listed } = await checkParticipantList(manager, request);
          if (included === 0) return { included, leftOut, file: null };
          const file = await renderParticipantList(request, listed);
          await appendAudit(
            manager,
            'export.participant-list',
            {
              host: session.options.host,
              recipient: input.recipient,
              purpose: input.purpose,
              format: input.format,
              fields: input.fields.join(','),
              included,
              leftOut: leftOut.length,
              consentIds: [...new Set(listed.map((person) => person.consentId))].join(','),
            },
            now,
          );
          return { included, leftOut, file };
        }),
      ),
  } satisfies HandlerGroup;
}
