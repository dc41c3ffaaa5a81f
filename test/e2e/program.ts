// A program set up through the wizard, for tests that start from an existing program.
import { expect, type Page } from '@playwright/test';
import { AppShellPage } from './pages/app-shell-page';
import { SetupWizardPage } from './pages/setup-wizard-page';

export interface TestProgram {
  programName: string;
  leaderName: string;
  passphrase: string;
  recoveryKey: string;
}

export const defaults = {
  programName: 'Riverside Peers',
  leaderName: 'Ann Example',
  passphrase: 'lantern orchard velvet 42',
};

export async function setUpProgram(page: Page, options: Partial<typeof defaults> = {}): Promise<TestProgram> {
  const program = { ...defaults, ...options };
  const wizard = new SetupWizardPage(page);
  await wizard.start();
  await wizard.fillDetails(program.programName, program.leaderName);
  await wizard.choosePassphrase(program.passphrase);
  const recoveryKey = await wizard.readRecoveryKey();
  await wizard.button('Next').click();
  await wizard.typeBackRecoveryKey(recoveryKey);
  await expect(new AppShellPage(page).banner).toContainText(program.programName);
  return { ...program, recoveryKey };
}
