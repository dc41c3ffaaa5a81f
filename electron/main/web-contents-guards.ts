// Denies everything a page could do to leave the app's own origin: navigation, redirects, new
// windows, webviews, and every permission prompt (camera, notifications, clipboard, ...).
import { app, type DownloadItem, type Event, type Session, type WebContents } from 'electron';
import path from 'node:path';
import { isAllowedNavigation, isAppBlobUrl } from './app-url';

function guardWebContents(contents: WebContents): void {
  // 'will-navigate' is the main frame's hook; 'will-frame-navigate' adds subframes.
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies the guards to every web contents, including ones created later. Call before ready. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Only files the app's own page hands over (a printed consent form, a scan) may be downloaded;
 * each asks where to save it, starting in the Documents folder.
 */
export function guardDownloads(session: Session, documentsDir: string): void {
  session.on('will-download', (event: Event, item: DownloadItem) => {
    if (!isAppBlobUrl(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({
      title: 'Save a copy',
      defaultPath: path.join(documentsDir, path.basename(item.getFilename())),
    });
  });
}
