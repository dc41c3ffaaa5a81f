import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProgramDir, defaultUserDataDir, resolveDataDir } from '../../electron/backend/config/data-dir';

describe('the program folder', () => {
  it('is chosen by --data-dir, then PEERDESK_DATA_DIR, then the user-data folder', () => {
    const fallback = () => '/home/sam/.config/PeerDesk/program';
    expect(resolveDataDir('/flag', { PEERDESK_DATA_DIR: '/env' }, fallback)).toBe('/flag');
    expect(resolveDataDir(undefined, { PEERDESK_DATA_DIR: '/env' }, fallback)).toBe('/env');
    expect(resolveDataDir(undefined, { PEERDESK_DATA_DIR: '' }, fallback)).toBe(fallback());
    expect(resolveDataDir('relative', {}, fallback)).toBe(path.resolve('relative'));
  });

  it('matches Electron’s user-data folder on each system', () => {
    expect(defaultUserDataDir('linux', {}, '/home/sam')).toBe('/home/sam/.config/PeerDesk');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/sam')).toBe('/x/PeerDesk');
    expect(defaultUserDataDir('darwin', {}, '/Users/sam')).toBe('/Users/sam/Library/Application Support/PeerDesk');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:/Users/sam/AppData/Roaming' }, 'C:/Users/sam')).toBe(
      path.join('C:/Users/sam/AppData/Roaming', 'PeerDesk'),
    );
    expect(defaultProgramDir('/u/PeerDesk')).toBe('/u/PeerDesk/program');
  });
});
