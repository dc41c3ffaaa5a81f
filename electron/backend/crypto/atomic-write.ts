// Crash-safe file replacement: write a temporary file beside the target, flush it to disk,
// move it over the target, then flush the folder so the move itself survives a power cut.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Fail with EEXIST instead of replacing a file that is already there. */
  noClobber?: boolean;
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.noClobber) {
      // link() refuses an existing target, where rename() would silently replace it.
      await fs.link(temp, target);
    } else {
      await fs.rename(temp, target);
    }
  } finally {
    // A failed write (a full disk) must not leave a stray file in the program folder.
    await fs.rm(temp, { force: true });
  }
  await syncDirectory(dir);
}

/** Moves a finished file into place without ever replacing one that is already there. */
export async function moveNoClobber(from: string, to: string): Promise<void> {
  await fs.link(from, to);
  await fs.rm(from, { force: true });
  await syncDirectory(path.dirname(to));
}

/** Flushes a folder's entries; Windows cannot open folders for this, and NTFS journals renames. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
