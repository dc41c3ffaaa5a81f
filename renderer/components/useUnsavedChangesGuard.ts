// Holds navigation away from a form with unsaved changes: in-app moves wait for a confirm,
// closing or reloading the window gets the browser's own warning.
import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';

export function useUnsavedChangesGuard(dirty: boolean) {
  const dirtyRef = useRef(dirty);
  const allowRef = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
    if (dirty) allowRef.current = false;
  }, [dirty]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current && !allowRef.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    blocker,
    /** Lets the next navigation through (after a save, before the form has re-rendered clean). */
    allowNextNavigation: () => {
      allowRef.current = true;
    },
  };
}
