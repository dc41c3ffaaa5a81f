// The application menu: kept minimal, so that nothing in it opens a page, a URL or DevTools in
// a packaged build.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  onLock: () => void;
}

export function buildAppMenu({ isPackaged, isMac, onLock }: AppMenuOptions): Menu {
  const template: MenuItemConstructorOptions[] = [
    // macOS puts the app's name menu first and expects Quit there.
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: onLock },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    ...(isPackaged
      ? []
      : [
          {
            label: '&View',
            submenu: [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }],
          },
        ]),
  ];
  return Menu.buildFromTemplate(template);
}
