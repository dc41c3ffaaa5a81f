// The unlocked program: header with its name, navigation, the Lock button, and the pages.
import type { MouseEvent } from 'react';
import { HashRouter, NavLink, Navigate, Route, Routes } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { useLockProgram } from '../program/useLockProgram';
import { SettingsPage } from '../settings/SettingsPage';
import { HomePage } from './HomePage';
import { useDocumentTitle } from './useDocumentTitle';
import { useSessionTouch } from './useSessionTouch';

export function AppShell({ programName }: { programName: string }) {
  useDocumentTitle(`PeerDesk — ${programName}`);
  useSessionTouch();
  const lock = useLockProgram();
  return (
    <HashRouter>
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-brand">
          <span className="app-logo" aria-hidden="true">
            PD
          </span>
          <span className="app-program-name">{programName}</span>
        </div>
        <nav aria-label="Main" className="app-nav">
          <NavLink to="/" end>
            Home
          </NavLink>
          <NavLink to="/settings">Settings</NavLink>
        </nav>
        <button type="button" className="button-lock" disabled={lock.isPending} onClick={() => lock.mutate()}>
          {lock.isPending ? 'Locking…' : 'Lock'}
        </button>
      </header>
      {lock.isError ? <Alert tone="error">{errorMessage(lock.error)}</Alert> : null}
      <main id="main-content" className="app-main" tabIndex={-1}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </main>
    </HashRouter>
  );
}

// With a hash router, "#main-content" would be read as a route; move focus instead.
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
