// The round trip through the UI: a program backs up to a folder and shows the verified message;
// on a new computer (a new data folder, its own preview host) the first-run screen restores that
// backup after showing what it holds, and the same records are there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { BackupsPage } from './pages/backups-page';
import { RestorePage } from './pages/restore-page';
import { addPeople, participants, peoplePages } from './people';
import { startPreviewHost } from './preview-host';

test('back up, then restore on a new computer from the first-run screen', async ({ page, program, browser }) => {
  await addPeople(page, participants, [
    { first: 'Liam', last: "O'Brien" },
    { first: 'Zoë', last: 'Adams' },
  ]);
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-stick-'));
  const newComputer = await startPreviewHost();
  const second = await browser.newPage();
  try {
    const backups = new BackupsPage(page);
    await backups.open();
    await backups.backUpTo(stick);
    await expect(page.getByText('Backup verified. You can now remove the drive.')).toBeVisible();
    const [file] = fs.readdirSync(stick);
    expect(file).toMatch(/^PeerDesk-Riverside-Peers-\d{8}-\d{6}\.pdbackup$/);

    await second.goto(newComputer.url);
    await second.getByRole('button', { name: 'Restore from a backup', exact: true }).click();
    const restore = new RestorePage(second);
    await restore.expectOpen();
    await restore.chooseFile(path.join(stick, file));
    await restore.check('not the passphrase');
    await expect(second.getByLabel('Passphrase of the backup')).toHaveAccessibleDescription(
      /That passphrase does not open PeerDesk-Riverside-Peers-/,
    );
    expect(fs.readdirSync(newComputer.dataDir)).toEqual([]);

    await restore.check(program.passphrase);
    await restore.expectHolds(program.programName, { Participants: 2, 'Peer supporters': 0 });
    await restore.button('Restore this backup').click();

    const shell = new AppShellPage(second);
    await shell.expectProgram(program.programName);
    const { list } = peoplePages(second, participants);
    await shell.openParticipants();
    await list.expectCount(2);
    await expect(list.row("Liam O'Brien")).toBeVisible();
  } finally {
    await second.close();
    await newComputer.stop();
    fs.rmSync(stick, { recursive: true, force: true });
  }
});

test('restore over the open program: locked first, the newest backup offered, the program replaced', async ({
  page,
  program,
  preview,
}) => {
  await addPeople(page, participants, [{ first: 'Liam', last: "O'Brien" }]);
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-stick-'));
  try {
    const backups = new BackupsPage(page);
    await backups.open();
    await backups.backUpTo(stick);
    await expect(page.getByText('Backup verified. You can now remove the drive.')).toBeVisible();
    await addPeople(page, participants, [{ first: 'Late', last: 'Addition' }]);

    await backups.open();
    await page.getByRole('link', { name: 'Restore from a backup…' }).click();
    await page.getByRole('button', { name: 'Lock and choose a backup' }).click();
    const restore = new RestorePage(page);
    await restore.expectOpen();
    const [file] = fs.readdirSync(stick);
    // Found through the folders this program backed up to, and chosen: it is the newest.
    await expect(page.getByRole('radio', { name: new RegExp(file.replaceAll('.', '\\.')) })).toBeChecked();
    await restore.check(program.passphrase);
    await restore.expectHolds(program.programName, { Participants: 1 });
    await restore.button('Restore this backup').click();
    await expect(page.getByRole('alert')).toContainText('Tick this to replace the program on this computer.');
    await page.getByRole('checkbox', { name: /^Replace the program on this computer/ }).check();
    await restore.button('Restore this backup').click();

    const shell = new AppShellPage(page);
    await shell.expectProgram(program.programName);
    const { list } = peoplePages(page, participants);
    await shell.openParticipants();
    await list.expectCount(1);
    expect(fs.readdirSync(preview.dataDir).filter((name) => name.startsWith('replaced-'))).toHaveLength(1);
  } finally {
    fs.rmSync(stick, { recursive: true, force: true });
  }
});
