// Query keys for the Settings page: stored settings and the audit-log check.
export const settingsKeys = {
  all: ['settings'] as const,
  current: () => [...settingsKeys.all, 'current'] as const,
};

export const auditKeys = {
  all: ['audit'] as const,
  verification: () => [...auditKeys.all, 'verification'] as const,
};
