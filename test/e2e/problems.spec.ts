import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { UnlockPage } from './pages/unlock-page';
import { setUpProgram } from './program';

test('a missing key file gets a full-page explanation, a restore and no way to start over', async ({
  page,
  preview,
}) => {
  await setUpProgram(page);
  await new AppShellPage(page).lock();
  fs.renameSync(path.join(preview.dataDir, 'keyslots.json'), path.join(preview.dataDir, 'keyslots.json.away'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'The program’s key file is missing' })).toBeVisible();
  await expect(page.getByText('Nothing was changed or deleted.')).toBeVisible();
  await expect(page.getByText(/Restore the program from your newest backup/)).toBeVisible();
  await expect(page.getByRole('button')).toHaveText(['Restore from a backup']);
  expect(fs.readdirSync(preview.dataDir).sort()).toEqual(['keyslots.json.away', 'peerdesk.db']);
});

test('a damaged database is reported after the right passphrase, with the way to restore', async ({
  page,
  preview,
}) => {
  const program = await setUpProgram(page);
  await new AppShellPage(page).lock();
  const database = path.join(preview.dataDir, 'peerdesk.db');
  const size = fs.statSync(database).size;
  fs.writeFileSync(database, Buffer.alloc(size, 0x5a));
  const unlock = new UnlockPage(page);
  await unlock.unlock(program.passphrase);
  await expect(page.getByRole('alert')).toContainText(
    'Nothing was changed. Restore your newest backup: choose “Restore from a backup”.',
  );
  await expect(unlock.heading).toBeVisible();
});
