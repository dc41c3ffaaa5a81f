// Restoring over the open program starts by locking it: the restore then runs from the unlock
// screen, like any restore, with nothing of the program left on screen or in the cache. This
// remembers, across that lock, that the unlock screen should open on the restore.
let requested = false;

export function requestRestoreAfterLock(): void {
  requested = true;
}

export function restoreRequested(): boolean {
  return requested;
}

/** The unlock screen has opened on the restore: the next one opens as usual. */
export function clearRestoreRequest(): void {
  requested = false;
}
