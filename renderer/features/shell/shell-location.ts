// Where the shell's pages are (the hash). When the window switches between the program and the
// demo, the page on show and the lists' filters belonged to the other program: start again
// from Home, unfiltered.
import { forgetListFilters } from '../people/useListFilters';

type Navigate = (to: string, options: { replace: boolean }) => unknown;

let navigateShell: Navigate | null = null;

/** The shell's router registers itself once it exists. */
export function registerShellNavigate(navigate: Navigate): void {
  navigateShell = navigate;
}

export function resetShellLocation(): void {
  forgetListFilters();
  if (navigateShell) void navigateShell('/', { replace: true });
  else window.history.replaceState(null, '', '#/');
}
