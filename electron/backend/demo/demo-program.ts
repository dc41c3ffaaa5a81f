// Setting up a demo program: a program like any other (passphrase, recovery key, the same
// encrypted database), filled with invented people in one transaction, flagged as a demo in its
// own database and recorded in its audit log. The CLI and the in-app demo both come through here.
import fs from 'node:fs/promises';
import path from 'node:path';
import { appendAudit } from '../audit/audit-log';
import { ProgramEntity } from '../db/entities/program';
import { SETUP_DATABASE_PATTERN, type ProgramFolder } from '../services/program-folder';
import type { ProgramSession } from '../services/program-session';
import { DEMO_PROGRAM_NAME, generateDemoProgram, type DemoSize, type DemoSummary } from './generate';

export interface DemoRequest {
  size: DemoSize;
  seed: number;
}

export interface DemoSetUp {
  recoveryKey: string;
  programName: string;
  summary: DemoSummary;
}

/**
 * Sets up a demo program in the session's (empty) folder and leaves it unlocked. If anything
 * fails, the folder is emptied again: it held nothing of anyone's.
 */
export async function setUpDemoProgram(
  session: ProgramSession,
  passphrase: string,
  request: DemoRequest,
): Promise<DemoSetUp> {
  const started = await session.setupBegin({ programName: DEMO_PROGRAM_NAME, leaderName: 'Demo leader', passphrase });
  try {
    // Invented people only: the key is shown, but not typed back as for a real program.
    await session.setupConfirm(started.recoveryKey);
    const summary = await session.exclusive(() => {
      const open = session.requireOpen();
      return open.dataSource.transaction(async (manager) => {
        const written = await generateDemoProgram(manager, { ...request, now: session.now() });
        await manager.update(ProgramEntity, { id: 1 }, { isDemo: true });
        await appendAudit(
          manager,
          'program.demo',
          { host: session.options.host, ...request, ...written },
          session.now(),
        );
        open.isDemo = true;
        return written;
      });
    });
    return { recoveryKey: started.recoveryKey, programName: started.programName, summary };
  } catch (error) {
    await session.setupCancel().catch(() => undefined);
    await session.lock('shutdown').catch(() => undefined);
    await removeProgramFiles(session.folder);
    throw error;
  }
}

/** Removes a program's own files from its folder, setup leftovers included, and nothing else. */
export async function removeProgramFiles(folder: ProgramFolder): Promise<void> {
  const names = await fs.readdir(folder.dir).catch(() => [] as string[]);
  const setupFiles = names
    .filter((name) => SETUP_DATABASE_PATTERN.test(name.replace(/-(wal|shm)$/, '')))
    .map((name) => path.join(folder.dir, name));
  const { database, keyslots } = folder;
  for (const file of [database, `${database}-wal`, `${database}-shm`, keyslots, ...setupFiles]) {
    await fs.rm(file, { force: true });
  }
}
