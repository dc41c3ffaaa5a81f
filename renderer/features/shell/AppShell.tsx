// The unlocked program: header with its name, navigation, the Lock button, and the pages.
// A data router (not <HashRouter>) so that forms can hold navigation while they have unsaved changes.
import { createContext, use, useMemo, type MouseEvent } from 'react';
import { NavLink, Navigate, Outlet, RouterProvider, createHashRouter } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { Alert } from '../../components/Alert';
import { ParticipantRecordPage } from '../participants/ParticipantRecordPage';
import { ParticipantsPage } from '../participants/ParticipantsPage';
import { PeerSupporterRecordPage } from '../peer-supporters/PeerSupporterRecordPage';
import { PeerSupportersPage } from '../peer-supporters/PeerSupportersPage';
import { useLockProgram } from '../program/useLockProgram';
import { SettingsPage } from '../settings/SettingsPage';
import { VocabularyPage } from '../vocabulary/VocabularyPage';
import { ConsentRecordPage } from '../consents/ConsentRecordPage';
import { DemoBanner } from '../demo/DemoBanner';
import { SupervisionNotePage } from '../supervision/SupervisionNotePage';
import { ContactPage } from '../contacts/ContactPage';
import { MatchPage } from '../matching/MatchPage';
import { MatchesPage } from '../matching/MatchesPage';
import { SuggestionsPage } from '../matching/SuggestionsPage';
import { GroupSessionPage } from '../groups/GroupSessionPage';
import { GroupsPage } from '../groups/GroupsPage';
import { ParticipantListPage } from '../reports/ParticipantListPage';
import { ResourcesPage } from '../resources/ResourcesPage';
import { ReportsPage } from '../reports/ReportsPage';
import { BackupsPage } from '../backup/BackupsPage';
import { RestoreBackupPage } from '../backup/RestoreBackupPage';
import { HomePage } from './HomePage';
import { registerShellNavigate } from './shell-location';
import { usePrefetchLists } from './usePrefetchLists';
import { useDocumentTitle } from './useDocumentTitle';
import { useSessionTouch } from './useSessionTouch';

// The program on show: its name, and whether it is the demo of invented people.
const ProgramName = createContext({ programName: 'PeerDesk', demo: false });

// One router for the window's life: the hash is the location, so it survives lock and unlock
// like the <HashRouter> did, and no listener is left behind by each unlock.
let shellRouter: ReturnType<typeof createHashRouter> | null = null;

function getShellRouter() {
  shellRouter ??= createHashRouter([
    {
      element: <ShellLayout />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'participants', element: <ParticipantsPage /> },
        { path: 'participants/new', element: <ParticipantRecordPage /> },
        { path: 'participants/:participantId', element: <ParticipantRecordPage /> },
        { path: 'participants/:participantId/consents/new', element: <ConsentRecordPage /> },
        { path: 'participants/:participantId/consents/:consentId', element: <ConsentRecordPage /> },
        { path: 'peer-supporters', element: <PeerSupportersPage /> },
        { path: 'peer-supporters/new', element: <PeerSupporterRecordPage /> },
        { path: 'peer-supporters/:peerSupporterId', element: <PeerSupporterRecordPage /> },
        { path: 'peer-supporters/:peerSupporterId/supervision/new', element: <SupervisionNotePage /> },
        { path: 'peer-supporters/:peerSupporterId/supervision/:noteId', element: <SupervisionNotePage /> },
        { path: 'participants/:participantId/match', element: <SuggestionsPage /> },
        { path: 'matches', element: <MatchesPage /> },
        { path: 'matches/:matchId', element: <MatchPage /> },
        { path: 'matches/:matchId/contacts/new', element: <ContactPage /> },
        { path: 'matches/:matchId/contacts/:contactId', element: <ContactPage /> },
        { path: 'groups', element: <GroupsPage /> },
        { path: 'groups/new', element: <GroupSessionPage /> },
        { path: 'groups/:groupId', element: <GroupSessionPage /> },
        { path: 'resources', element: <ResourcesPage /> },
        { path: 'reports', element: <ReportsPage /> },
        { path: 'reports/participant-list', element: <ParticipantListPage /> },
        { path: 'backups', element: <BackupsPage /> },
        { path: 'backups/restore', element: <RestoreBackupPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: 'settings/lists', element: <VocabularyPage /> },
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
  const router = shellRouter;
  registerShellNavigate((to, options) => router.navigate(to, options));
  return shellRouter;
}

export function AppShell({ programName, demo }: { programName: string; demo: boolean }) {
  const shown = useMemo(() => ({ programName, demo }), [programName, demo]);
  return (
    <ProgramName value={shown}>
      <RouterProvider router={getShellRouter()} />
    </ProgramName>
  );
}

function ShellLayout() {
  const { programName, demo } = use(ProgramName);
  useDocumentTitle(demo ? `DEMO — PeerDesk — ${programName}` : `PeerDesk — ${programName}`);
  useSessionTouch();
  usePrefetchLists();
  const lock = useLockProgram();
  return (
    <>
      <a className="skip-link" href="#main-content" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-brand">
          <span className="app-logo" aria-hidden="true">
            PD
          </span>
          <span className="app-program-name">{programName}</span>
          {demo ? <span className="demo-badge">DEMO</span> : null}
        </div>
        <nav aria-label="Main" className="app-nav">
          <NavLink to="/" end>
            Home
          </NavLink>
          <NavLink to="/participants">Participants</NavLink>
          <NavLink to="/peer-supporters">Peer supporters</NavLink>
          <NavLink to="/matches">Matches</NavLink>
          <NavLink to="/groups">Groups</NavLink>
          <NavLink to="/resources">Resources</NavLink>
          <NavLink to="/reports">Reports</NavLink>
          <NavLink to="/backups">Backups</NavLink>
          <NavLink to="/settings">Settings</NavLink>
        </nav>
        <button type="button" className="button-lock" disabled={lock.isPending} onClick={() => lock.mutate()}>
          {lock.isPending ? 'Locking…' : 'Lock'}
        </button>
      </header>
      {demo ? <DemoBanner /> : null}
      {lock.isError ? <Alert tone="error">{errorMessage(lock.error)}</Alert> : null}
      <main id="main-content" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

// With a hash router, "#main-content" would be read as a route; move focus instead.
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
