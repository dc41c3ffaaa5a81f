// Builds the app once before the Electron specs, and only where they can run at all.
import { spawnSync } from 'node:child_process';
import { electronBinaryAvailable, repoRoot } from './electron-app';

export default function globalSetup(): void {
  if (!electronBinaryAvailable()) return;
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed before the Electron specs');
}
