// Removable drives as each system reports them, read from captured output; and the real lookup
// on this machine answers without failing.
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listMacVolumes,
  listRemovableDrives,
  parseLsblk,
  parseWindowsDrives,
} from '../../electron/backend/backup/removable-drives';
import { tempDir } from '../helpers/temp-dir';

// util-linux 2.38 (Debian 12): an internal disk with partitions, a USB stick with one mounted
// partition, an SD card whose partition is not mounted, and a stick mounted twice.
const lsblk = JSON.stringify({
  blockdevices: [
    {
      name: 'sda',
      rm: false,
      hotplug: false,
      type: 'disk',
      mountpoints: [null],
      label: null,
      fsavail: null,
      children: [
        {
          name: 'sda1',
          rm: false,
          hotplug: false,
          type: 'part',
          mountpoints: ['/boot/efi'],
          label: null,
          fsavail: 500,
        },
        { name: 'sda2', rm: false, hotplug: false, type: 'part', mountpoints: ['/'], label: null, fsavail: 9000 },
        { name: 'sda3', rm: false, hotplug: false, type: 'part', mountpoints: ['[SWAP]'], label: null, fsavail: null },
      ],
    },
    {
      name: 'sdb',
      rm: true,
      hotplug: true,
      type: 'disk',
      mountpoints: [null],
      label: null,
      fsavail: null,
      children: [
        {
          name: 'sdb1',
          rm: true,
          hotplug: true,
          type: 'part',
          mountpoints: ['/media/ann/PEERDESK'],
          label: 'PEERDESK',
          fsavail: '15032385536',
        },
      ],
    },
    {
      name: 'mmcblk0',
      rm: false,
      hotplug: true,
      type: 'disk',
      mountpoints: [null],
      children: [{ name: 'mmcblk0p1', rm: false, hotplug: true, type: 'part', mountpoints: [null], label: 'CARD' }],
    },
    // Older lsblk: "1"/"0" and a single MOUNTPOINT; no label.
    { name: 'sdc', rm: '1', hotplug: '1', type: 'disk', mountpoint: '/run/media/ann/0A1B-2C3D', fsavail: '1024' },
    { name: 'sr0', rm: true, hotplug: true, type: 'rom', mountpoints: ['/media/ann/CDROM'], label: 'CDROM' },
  ],
});

describe('removable drives', () => {
  it('reads lsblk: mounted partitions of removable or hot-plugged disks only', () => {
    expect(parseLsblk(lsblk)).toEqual([
      { path: '/run/media/ann/0A1B-2C3D', label: '/run/media/ann/0A1B-2C3D', freeBytes: 1024 },
      { path: '/media/ann/PEERDESK', label: 'PEERDESK', freeBytes: 15032385536 },
    ]);
    expect(parseLsblk('lsblk: unknown column')).toEqual([]);
    expect(parseLsblk('{"blockdevices": 3}')).toEqual([]);
  });

  it('reads Windows: one drive is an object, several an array, none is empty', () => {
    expect(parseWindowsDrives('{"DeviceID":"E:","VolumeName":"STICK","FreeSpace":2048}')).toEqual([
      { path: 'E:\\', label: 'STICK (E:)', freeBytes: 2048 },
    ]);
    expect(
      parseWindowsDrives(
        '[{"DeviceID":"F:","VolumeName":"","FreeSpace":null},{"DeviceID":"E:","VolumeName":"BACKUPS","FreeSpace":10}]',
      ),
    ).toEqual([
      { path: 'E:\\', label: 'BACKUPS (E:)', freeBytes: 10 },
      { path: 'F:\\', label: 'F:\\', freeBytes: null },
    ]);
    expect(parseWindowsDrives('')).toEqual([]);
    expect(parseWindowsDrives('Get-CimInstance : Access denied')).toEqual([]);
    expect(parseWindowsDrives('{"DeviceID":"..\\\\evil"}')).toEqual([]);
  });

  it('reads macOS volumes, leaving out the start-up disk', async () => {
    const volumes = await tempDir('peerdesk-volumes-');
    await fs.mkdir(path.join(volumes, 'STICK'));
    await fs.symlink('/', path.join(volumes, 'Macintosh HD'));
    await fs.writeFile(path.join(volumes, '.DS_Store'), '');
    // Here every folder is on one disk: the stick is told apart by a start-up device number
    // that is not its own, and the start-up disk still by being a link to "/".
    const found = await listMacVolumes(volumes, -1);
    expect(found).toEqual([{ path: path.join(volumes, 'STICK'), label: 'STICK', freeBytes: expect.any(Number) }]);
    const startup = (await fs.stat(volumes)).dev;
    expect(await listMacVolumes(volumes, startup)).toEqual([]);
  });

  it('asks this machine without failing', async () => {
    const drives = await listRemovableDrives();
    expect(Array.isArray(drives)).toBe(true);
    expect(await listRemovableDrives('aix')).toEqual([]);
  });
});
