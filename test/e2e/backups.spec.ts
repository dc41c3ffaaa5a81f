// Backups through the UI: Home's notice, a backup to a folder with its verified message, the
// last backup shown, a refused folder, the restore test and the settings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { BackupsPage } from './pages/backups-page';

test('back up from the app, see it verified and shown, test a restore, save the settings', async ({
  page,
  program,
}) => {
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-stick-'));
  try {
    const notices = page.getByRole('list', { name: 'Backups' });
    await expect(notices).toContainText('There is no verified backup of this program yet.');
    await notices.getByRole('link').click();
    const backups = new BackupsPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
    await expect(backups.lastBackup).toContainText('No backup yet.');

    // A "folder" below a file: refused next to the field, nothing written.
    fs.writeFileSync(path.join(stick, 'a-file'), '');
    await backups.startBackupTo(path.join(stick, 'a-file', 'backups'));
    await expect(backups.backUpNow.getByLabel('Folder for the backup')).toHaveAccessibleDescription(
      /There is no folder .*a-file\. Check the path, or choose the drive again\./,
    );
    expect(fs.readdirSync(stick)).toEqual(['a-file']);

    await backups.backUpTo(stick);
    const [file] = fs.readdirSync(stick).filter((name) => name.endsWith('.pdbackup'));
    expect(file).toMatch(/^PeerDesk-Riverside-Peers-\d{8}-\d{6}\.pdbackup$/);
    await expect(backups.backUpNow.getByRole('status')).toContainText(file);
    await expect(backups.lastBackup).toContainText(file);
    await expect(backups.lastBackup).toContainText(stick);
    await expect(backups.lastBackup).toContainText('today');
    // The folder used is offered next time.
    await page.reload();
    await expect(backups.backUpNow.getByRole('radio', { name: /The folder used last time/ })).toBeChecked();

    await backups.testRestoreWith('not the passphrase at all');
    await expect(backups.testRestore.getByLabel('Passphrase of the newest backup')).toHaveAccessibleDescription(
      /That passphrase does not open /,
    );
    await backups.testRestoreWith(program.passphrase);
    await expect(backups.testRestore.getByRole('status')).toContainText('Restore test passed');
    await expect(backups.testRestore.getByRole('status')).toContainText(`${file}: Restored and checked`);
    expect(fs.readdirSync(stick).filter((name) => name.endsWith('.pdbackup'))).toEqual([file]);

    await backups.settings.getByLabel('Warn on Home after this many days without a backup').fill('0');
    await backups.settings.getByRole('button', { name: 'Save backup settings' }).click();
    await expect(
      backups.settings.getByLabel('Warn on Home after this many days without a backup'),
    ).toHaveAccessibleDescription(/Too small|at least|>=/i);
    await backups.settings.getByLabel('Warn on Home after this many days without a backup').fill('14');
    await backups.settings.getByLabel('Back up when PeerDesk quits, to this folder').fill(stick);
    await backups.settings.getByRole('button', { name: 'Save backup settings' }).click();
    await expect(backups.settings.getByRole('status')).toContainText('Backup settings saved.');
    await page.reload();
    await expect(backups.settings.getByLabel('Warn on Home after this many days without a backup')).toHaveValue('14');
    await expect(backups.settings.getByLabel('Back up when PeerDesk quits, to this folder')).toHaveValue(stick);

    // Home: backed up and tested, so nothing about backups.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Needs attention' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Backups' })).toHaveCount(0);
  } finally {
    fs.rmSync(stick, { recursive: true, force: true });
  }
});

test('a backup under way shows its progress and a Cancel that reaches the backend', async ({ page, program }) => {
  expect(program.programName).toBeTruthy();
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'peerdesk-e2e-stick-'));
  try {
    const backups = new BackupsPage(page);
    await backups.open();
    // A small program backs up in a blink: the request is held so that the page shows a backup
    // under way. The backend's own cancelling (the copy stopped, only earlier backups left) is
    // tested on real files in test/backup/restore.test.ts; here the page's side: the bar, the
    // Cancel that reaches the backend, and the words for a cancelled backup.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/backup.create', async (route) => {
      await held;
      await route.fulfill({
        json: {
          ok: false,
          error: { code: 'CANCELLED', message: 'The backup was cancelled. The earlier backups are as they were.' },
        },
      });
    });
    await backups.startBackupTo(stick);
    await expect(backups.backUpNow.getByRole('progressbar')).toBeVisible();
    await expect(backups.backUpNow.getByText('Taking a snapshot…')).toBeVisible();
    const cancelled = page.waitForResponse('**/api/backup.cancel');
    await backups.backUpNow.getByRole('button', { name: 'Cancel the backup' }).click();
    expect((await (await cancelled).json()) as unknown).toEqual({ ok: true, value: null });
    release();
    await expect(backups.backUpNow.getByRole('status')).toContainText(
      'Backup cancelled. The earlier backups are as they were.',
    );
    await expect(backups.backUpNow.getByRole('button', { name: 'Back up now' })).toBeEnabled();
    expect(fs.readdirSync(stick)).toEqual([]);
  } finally {
    fs.rmSync(stick, { recursive: true, force: true });
  }
});
