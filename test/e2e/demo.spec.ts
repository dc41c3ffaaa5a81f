// "Explore a demo program" from the first-run wizard: a demo of invented people, marked DEMO on
// every page, left again for the wizard, and never mixed with the program set up afterwards.
import { expect, test } from './fixtures';
import { AppShellPage } from './pages/app-shell-page';
import { ParticipantsPage } from './pages/participants-page';
import { PeerSupportersPage } from './pages/peer-supporters-page';
import { setUpProgram } from './program';

test('the wizard opens a demo program, marked DEMO everywhere, and leaves it for setup', async ({ page, preview }) => {
  expect(preview.dataDir).toBeTruthy();
  await expect(page.getByRole('heading', { name: 'Welcome to PeerDesk' })).toBeVisible();
  await page.getByRole('button', { name: 'Explore a demo program' }).click();

  const shell = new AppShellPage(page);
  const demoNote = page.getByRole('note', { name: 'Demo program' });
  await expect(shell.banner).toContainText('DEMO');
  await expect(demoNote).toContainText('every person here is invented');
  await expect(page).toHaveTitle(/^DEMO — PeerDesk/);

  const participants = new ParticipantsPage(page);
  await shell.openParticipants();
  await expect(participants.count).toHaveText(/^1\d\d participants$/);
  await expect(demoNote).toBeVisible();
  await shell.openPeerSupporters();
  await expect(new PeerSupportersPage(page).count).toHaveText(/^\d\d peer supporters$/);
  await expect(demoNote).toBeVisible();

  // Locked, the demo says what it is and opens again without a passphrase.
  await shell.lockButton.click();
  await expect(page.getByRole('heading', { name: 'DEMO — the demo program is locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the demo again' }).click();
  await expect(demoNote).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();

  await demoNote.getByRole('button', { name: 'Leave the demo' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to PeerDesk' })).toBeVisible();
  await expect(page).not.toHaveTitle(/DEMO/);

  // The program set up afterwards is the leader's own: empty, and no DEMO mark.
  await setUpProgram(page);
  await expect(demoNote).toHaveCount(0);
  await expect(shell.banner).not.toContainText('DEMO');
  await shell.openParticipants();
  await participants.expectCount(0);
});
