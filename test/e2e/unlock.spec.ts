import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { UnlockPage } from './pages/unlock-page';
import { setUpProgram } from './program';

test('lock, refuse a wrong passphrase, unlock', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  const program = await setUpProgram(page);
  const shell = new AppShellPage(page);
  await shell.lock();
  await expect(page).toHaveTitle('PeerDesk');

  const unlock = new UnlockPage(page);
  await unlock.unlock('not the passphrase');
  await unlock.expectWrongPassphrase();
  await unlock.unlock(program.passphrase);
  await shell.expectProgram(program.programName);

  // A reload while unlocked stays unlocked (the backend holds the session).
  await page.reload();
  await shell.expectProgram(program.programName);
});

test('repeated wrong passphrases show a countdown and hold the Unlock button', async ({ page, preview }) => {
  expect(preview.url).toBeTruthy();
  const program = await setUpProgram(page);
  await new AppShellPage(page).lock();
  const unlock = new UnlockPage(page);

  // The first two failures cost nothing; the third makes the next attempt wait 2 s.
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    await unlock.unlock(`wrong passphrase ${attempt}`);
    await unlock.expectWrongPassphrase();
    await expect(unlock.countdown).toHaveCount(0);
  }
  await unlock.unlock('wrong passphrase 3');
  await expect(unlock.countdown).toBeVisible();
  await expect(unlock.unlockButton).toBeDisabled();
  await expect(unlock.countdown).toHaveCount(0, { timeout: 5_000 });
  await expect(unlock.unlockButton).toBeEnabled();

  // The fourth makes it 4 s, and a reload still shows the wait (it comes from the status).
  await unlock.unlock('wrong passphrase 4');
  await expect(unlock.countdown).toBeVisible();
  await page.reload();
  await expect(unlock.countdown).toBeVisible();
  await expect(unlock.unlockButton).toBeDisabled();
  await expect(unlock.unlockButton).toBeEnabled({ timeout: 8_000 });

  await unlock.unlock(program.passphrase);
  await new AppShellPage(page).expectProgram(program.programName);
});

test('a lock from outside the page (idle time, OS lock) returns to the unlock screen', async ({ page, preview }) => {
  const program = await setUpProgram(page);
  const token = await page.locator('meta[name="peerdesk-preview-token"]').getAttribute('content');
  expect(token).toBeTruthy();
  // The backend locks on its own; the page learns it from the event stream alone.
  const answer = await page.request.post(`${preview.url}api/program.lock`, {
    headers: { 'Content-Type': 'application/json', 'X-PeerDesk-Token': token ?? '' },
    data: {},
  });
  expect(await answer.json()).toEqual({ ok: true, value: null });
  const unlock = new UnlockPage(page);
  await unlock.expectShown();
  await expect(page.getByText(program.leaderName)).toHaveCount(0);
  await unlock.unlock(program.passphrase);
  await new AppShellPage(page).expectProgram(program.programName);
});
