// The removable drives mounted now (USB sticks, SD cards), offered first as backup destinations.
// Each system is asked with its own tool, never through a shell, with a short timeout; the
// answers are read by pure parsers (tested with captured output). Any failure answers no drives:
// the person can still type or browse to any folder.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { RemovableDrive } from '../../../shared/api/backup';

const TIMEOUT_MS = 5_000;

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: TIMEOUT_MS, windowsHide: true, maxBuffer: 1024 * 1024 }, (error, stdout) =>
      resolve(error ? '' : stdout),
    );
  });
}

const byLabel = (a: RemovableDrive, b: RemovableDrive) =>
  a.label.localeCompare(b.label) || a.path.localeCompare(b.path);

interface LsblkDevice {
  name?: unknown;
  rm?: unknown;
  hotplug?: unknown;
  type?: unknown;
  mountpoints?: unknown;
  mountpoint?: unknown;
  label?: unknown;
  fsavail?: unknown;
  children?: unknown;
}

// lsblk prints booleans as true/false in newer versions and "1"/"0" in older ones.
const truthy = (value: unknown) => value === true || value === '1' || value === 1;
const bytes = (value: unknown) => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : null;
};

/** `lsblk --json --bytes --output NAME,RM,HOTPLUG,TYPE,MOUNTPOINTS,LABEL,FSAVAIL` (util-linux). */
export function parseLsblk(output: string): RemovableDrive[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch {
    return [];
  }
  const devices = (parsed as { blockdevices?: unknown } | null)?.blockdevices;
  if (!Array.isArray(devices)) return [];
  const drives: RemovableDrive[] = [];
  const visit = (device: LsblkDevice, removableParent: boolean) => {
    const removable = removableParent || truthy(device.rm) || truthy(device.hotplug);
    const mounts = Array.isArray(device.mountpoints) ? device.mountpoints : [device.mountpoint];
    if (removable && device.type !== 'rom') {
      for (const mount of mounts) {
        if (typeof mount !== 'string' || !mount.startsWith('/') || mount === '/' || mount.startsWith('/boot')) continue;
        const label = typeof device.label === 'string' && device.label.length > 0 ? device.label : mount;
        drives.push({ path: mount, label, freeBytes: bytes(device.fsavail) });
      }
    }
    if (Array.isArray(device.children)) {
      for (const child of device.children as LsblkDevice[]) visit(child, removable);
    }
  };
  for (const device of devices as LsblkDevice[]) visit(device, false);
  return drives.sort(byLabel);
}

/**
 * PowerShell's `Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object
 * DeviceID,VolumeName,FreeSpace | ConvertTo-Json -Compress`: one object for one drive, an array
 * for several, nothing for none.
 */
export function parseWindowsDrives(output: string): RemovableDrive[] {
  let parsed: unknown;
  try {
    parsed = output.trim() === '' ? [] : JSON.parse(output);
  } catch {
    return [];
  }
  const disks = (Array.isArray(parsed) ? parsed : [parsed]) as Array<Record<string, unknown> | null>;
  return disks
    .filter((disk) => typeof disk?.DeviceID === 'string' && /^[A-Z]:$/i.test(disk.DeviceID))
    .map((disk) => {
      const root = `${String(disk?.DeviceID)}\\`;
      const name = disk?.VolumeName;
      return {
        path: root,
        label: typeof name === 'string' && name.length > 0 ? `${name} (${String(disk?.DeviceID)})` : root,
        freeBytes: bytes(disk?.FreeSpace),
      };
    })
    .sort(byLabel);
}

/**
 * macOS mounts every volume under /Volumes, the start-up disk included (as a link to "/"): the
 * others are external or removable, which is what a backup wants. Free space from statfs.
 */
export async function listMacVolumes(volumesDir = '/Volumes', startupDevice?: number): Promise<RemovableDrive[]> {
  const names = await fs.readdir(volumesDir).catch(() => [] as string[]);
  const startup = startupDevice ?? (await fs.stat('/').catch(() => null))?.dev;
  const drives: RemovableDrive[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const mount = path.join(volumesDir, name);
    const stats = await fs.stat(mount).catch(() => null);
    if (!stats?.isDirectory() || stats.dev === startup) continue;
    if ((await fs.realpath(mount).catch(() => '/')) === '/') continue;
    const free = await fs.statfs(mount).catch(() => null);
    drives.push({ path: mount, label: name, freeBytes: free ? free.bavail * free.bsize : null });
  }
  return drives.sort(byLabel);
}

export async function listRemovableDrives(platform: NodeJS.Platform = process.platform): Promise<RemovableDrive[]> {
  switch (platform) {
    case 'linux':
      return parseLsblk(
        await run('lsblk', ['--json', '--bytes', '--output', 'NAME,RM,HOTPLUG,TYPE,MOUNTPOINTS,LABEL,FSAVAIL']),
      );
    case 'win32':
      return parseWindowsDrives(
        await run('powershell.exe', [
          '-NoProfile',
          '-NonInteractive',
          '-Command',
          "Get-CimInstance Win32_LogicalDisk -Filter 'DriveType=2' | Select-Object DeviceID,VolumeName,FreeSpace | ConvertTo-Json -Compress",
        ]),
      );
    case 'darwin':
      return listMacVolumes();
    default:
      return [];
  }
}
