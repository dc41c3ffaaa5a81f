// Restore from a backup, inside the app (the lead is building this page).
export function RestoreBackupPage() {
  return <h1>Restore from a backup</h1>;
}
