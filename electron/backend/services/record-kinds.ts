// The kinds of record people count (the program's description, a backup's contents), each with
// its table. A backup's manifest counts rows per table; kindCounts reads it the same way.
export const recordKinds: ReadonlyArray<[kind: string, table: string]> = [
  ['participants', 'participant'],
  ['peerSupporters', 'peer_supporter'],
  ['consents', 'consent'],
  ['supervisionNotes', 'supervision_note'],
  ['matches', 'peer_match'],
  ['contacts', 'contact'],
  ['groupSessions', 'group_session'],
  ['resources', 'resource'],
  ['auditLogEntries', 'audit_log'],
];

export function kindCounts(tableCounts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(recordKinds.map(([kind, table]) => [kind, tableCounts[table] ?? 0]));
}
