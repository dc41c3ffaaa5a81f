// Finding and launching Electron for the _electron specs. Never `require('electron')` here: with
// no binary, that package tries to download one, which fails on machines without internet.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';

export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const electronPackage = path.join(repoRoot, 'node_modules', 'electron');

/** The Electron executable the installed `electron` package would run, if it is really there. */
export function electronExecutablePath(): string | null {
  let relative: string | null = null;
  try {
    relative = readFileSync(path.join(electronPackage, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD).
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate =
    override !== undefined && override !== ''
      ? path.join(override, relative ?? 'electron')
      : relative !== null
        ? path.join(electronPackage, 'dist', relative)
        : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

export function electronBinaryAvailable(): boolean {
  return electronExecutablePath() !== null;
}

export const NO_ELECTRON_REASON =
  'No Electron binary on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); these specs run where Electron is installed';

export interface LaunchedApp {
  app: ElectronApplication;
  page: Page;
  dataDir: string;
}

/**
 * Starts the built app (dist/electron/main.cjs via package.json) with its own program folder and
 * its own Chromium profile, so tests never share data or the single-instance lock.
 */
export async function launchPeerDesk(testInfo: TestInfo): Promise<LaunchedApp> {
  const executablePath = electronExecutablePath();
  if (executablePath === null) throw new Error(NO_ELECTRON_REASON);
  const dataDir = testInfo.outputPath('program');
  const app = await _electron.launch({
    executablePath,
    args: [repoRoot, `--data-dir=${dataDir}`, `--profile-dir=${testInfo.outputPath('profile')}`],
    cwd: repoRoot,
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page, dataDir };
}
