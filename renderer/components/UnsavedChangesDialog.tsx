// The confirm shown when someone leaves a form with unsaved changes.
import type { Blocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      message="You have changes on this page that are not saved. If you leave now, they are lost."
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
