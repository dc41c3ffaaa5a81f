// Where a program's folder lives: --data-dir, then PEERDESK_DATA_DIR, then the app's
// user-data folder (the same folder Electron's app.getPath('userData') names).
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'PeerDesk';
export const DATA_DIR_ENV = 'PEERDESK_DATA_DIR';

/** The per-user application folder, computed without Electron so the CLI finds the same one. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** The program folder inside the user-data folder (Electron keeps its own caches beside it). */
export function defaultProgramDir(userDataDir: string = defaultUserDataDir()): string {
  return path.join(userDataDir, 'program');
}

export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  fallback: () => string = () => defaultProgramDir(),
): string {
  const chosen = flag ?? env[DATA_DIR_ENV];
  return path.resolve(chosen && chosen.length > 0 ? chosen : fallback());
}

/** The demo program's folder, beside the program's and never inside it: "program" -> "program-demo". */
export function demoDirFor(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}-demo`);
}
