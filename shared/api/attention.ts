// What needs the program leader today: each item names the person and links to their record.
export const attentionKinds = [
  'consent-expiring',
  'consent-expired',
  'consent-incomplete',
  'supervision-overdue',
  'action-overdue',
  'certification-expiring',
  'fit-check-due',
  'contact-reminder-due',
  'match-cadence',
  'participant-waiting',
  'concern-raised',
] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export const attentionKindLabels: Record<AttentionKind, string> = {
  'consent-expiring': 'Consents expiring soon',
  'consent-expired': 'Consents expired',
  'consent-incomplete': 'Consents incomplete',
  'supervision-overdue': 'Peer supporters overdue for supervision',
  'action-overdue': 'Supervision action items overdue',
  'certification-expiring': 'Certifications expiring',
  'fit-check-due': 'Fit checks due',
  'contact-reminder-due': 'Matches with no contact yet: call the peer supporter',
  'match-cadence': 'Matches past their contact cadence',
  'participant-waiting': 'Participants waiting for a match',
  'concern-raised': 'Concerns raised to a supervisor',
};

export interface AttentionItem {
  kind: AttentionKind;
  /** The person the item is about. */
  person: { kind: 'participant' | 'peer-supporter'; id: number; name: string };
  /** Where to go to deal with it, as an app path such as "/participants/12/consents/40". */
  path: string;
  /** One line: what and when, never the content of a supervision note. */
  detail: string;
  /** The date that makes it due (expiry, due date), for ordering. */
  dueOn: string | null;
}

/** The program at a glance, above the list. */
export interface ProgramSummary {
  waiting: number;
  activeMatches: number;
  /** Contacts (not attempts) from the first of this month to today. */
  contactsThisMonth: number;
}

/** About the program as a whole rather than a person: backups. */
export interface AttentionNotice {
  kind: 'backup-overdue' | 'restore-test-due';
  /** One line, e.g. "No verified backup for 9 days." */
  message: string;
  /** Where to deal with it: "/backups". */
  path: string;
}

/** The dashboard suggests a restore test this often. */
export const RESTORE_TEST_EVERY_DAYS = 90;

export interface Attention {
  summary: ProgramSummary;
  notices: AttentionNotice[];
  counts: Record<AttentionKind, number>;
  /** At most ATTENTION_ITEM_LIMIT per kind, soonest first; counts give the full number. */
  items: AttentionItem[];
}

export const ATTENTION_ITEM_LIMIT = 100;
