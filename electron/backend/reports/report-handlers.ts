// The channels of funder reports and saved funder profiles. Building a report only reads;
// writing one to a file is audited, since the file leaves the app.
import type { HandlerGroup } from '../api/handlers';
import { read, write } from '../services/people-handlers';
import type { ProgramSession } from '../services/program-session';
import { buildReport } from './build-report';
import {
  addFunderProfile,
  deleteFunderProfile,
  getFunderProfile,
  listFunderProfiles,
  updateFunderProfile,
} from './funder-profiles';
import { appendAudit } from '../audit/audit-log';
import { renderReportFile } from '../export/report-file';

export function reportHandlers(session: ProgramSession) {
  return {
    'reports.build': (input) => read(session, (manager) => buildReport(manager, input, session.now())),
    'reports.export': async (input) => {
      const report = await read(session, (manager) => buildReport(manager, input, session.now()));
      const file = await renderReportFile(report, input.format);
      // Recorded once the file is written, before it leaves the backend.
      await session.exclusive(() =>
        session.requireOpen().dataSource.transaction((manager) =>
          appendAudit(
            manager,
            'report.export',
            {
              host: session.options.host,
              format: input.format,
              from: report.period.from,
              to: report.period.to,
              sections: input.sections.join(','),
            },
            session.now(),
          ),
        ),
      );
      return file;
    },
    'reports.profiles.list': () => read(session, listFunderProfiles),
    'reports.profiles.add': (input) =>
      write(session, 'funder-profile.add', async (manager, now) => {
        const id = await addFunderProfile(manager, input, now);
        return { id, value: await getFunderProfile(manager, id) };
      }),
    'reports.profiles.update': (input) =>
      write(session, 'funder-profile.update', async (manager, now) => {
        await updateFunderProfile(manager, input.id, input.fields, now);
        return { id: input.id, value: await getFunderProfile(manager, input.id) };
      }),
    'reports.profiles.delete': (input) =>
      write(session, 'funder-profile.delete', async (manager) => ({
        id: input.id,
        value: await deleteFunderProfile(manager, input.id),
      })),
  } satisfies HandlerGroup;
}
