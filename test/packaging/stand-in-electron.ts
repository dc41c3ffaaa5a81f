// A stand-in Electron distribution for packaging where no Electron binary can be downloaded.
// electron-builder copies it as the app's executable folder and @electron/fuses then flips the
// fuse wire inside the executable, so the stand-in carries a real fuse wire for it to find.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The marker @electron/fuses looks for (its constants.js); the wire follows it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_WIRE_VERSION = 1;
export const FUSE_DISABLED = 0x30; // '0'
export const FUSE_ENABLED = 0x31; // '1'

/** Fuse positions in wire version 1 (@electron/fuses FuseV1Options). */
export const Fuse = {
  RunAsNode: 0,
  EnableCookieEncryption: 1,
  EnableNodeOptionsEnvironmentVariable: 2,
  EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4,
  OnlyLoadAppFromAsar: 5,
  LoadBrowserProcessSpecificV8Snapshot: 6,
  GrantFileProtocolExtraPrivileges: 7,
} as const;

/** Electron's shipped defaults, so that every fuse the config sets is really flipped. */
const shippedWire = [
  FUSE_ENABLED, // RunAsNode
  FUSE_DISABLED, // EnableCookieEncryption
  FUSE_ENABLED, // EnableNodeOptionsEnvironmentVariable
  FUSE_ENABLED, // EnableNodeCliInspectArguments
  FUSE_DISABLED, // EnableEmbeddedAsarIntegrityValidation
  FUSE_DISABLED, // OnlyLoadAppFromAsar
  FUSE_DISABLED, // LoadBrowserProcessSpecificV8Snapshot
  FUSE_ENABLED, // GrantFileProtocolExtraPrivileges
];

/** Writes the stand-in into `dir`: an `electron` executable (a shell stub with a fuse wire). */
export function writeStandInElectron(dir: string): void {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const executable = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: not runnable" >&2\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([FUSE_WIRE_VERSION, shippedWire.length, ...shippedWire]),
    Buffer.from('\n'),
  ]);
  writeFileSync(path.join(dir, 'electron'), executable, { mode: 0o755 });
  writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron license file.\n');
}

/** Reads the fuse states back out of a packaged executable. */
export function readFuseWire(executable: Buffer): number[] {
  const at = executable.indexOf(FUSE_SENTINEL, 0, 'ascii');
  if (at === -1) throw new Error('no fuse sentinel in the executable');
  const wire = at + FUSE_SENTINEL.length;
  const version = executable[wire];
  if (version !== FUSE_WIRE_VERSION) throw new Error(`unexpected fuse wire version ${version}`);
  const length = executable[wire + 1] ?? 0;
  return [...executable.subarray(wire + 2, wire + 2 + length)];
}
