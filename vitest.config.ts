import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Native SQLite handles and scrypt's memory use: separate processes keep tests independent.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
