// The unlocked app's frame: the program name, navigation and the Lock button.
import { expect, type Locator, type Page } from '@playwright/test';

export class AppShellPage {
  readonly banner: Locator;
  readonly navigation: Locator;
  readonly lockButton: Locator;

  constructor(private readonly page: Page) {
    this.banner = page.getByRole('banner');
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.lockButton = page.getByRole('button', { name: 'Lock', exact: true });
  }

  async expectProgram(programName: string): Promise<void> {
    await expect(this.banner).toContainText(programName);
    await expect(this.page).toHaveTitle(`PeerDesk — ${programName}`);
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
    await expect(this.page.getByRole('heading', { name: 'Unlock the program' })).toBeVisible();
  }

  async openSettings(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  }

  async openParticipants(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Participants' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Participants' })).toBeVisible();
  }

  async openPeerSupporters(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Peer supporters' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Peer supporters' })).toBeVisible();
  }

  async openGroups(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Groups' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  }

  async openResources(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Resources' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Resources' })).toBeVisible();
  }

  async openReports(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Reports' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  }

  async openHome(): Promise<void> {
    await this.navigation.getByRole('link', { name: 'Home' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  }
}
