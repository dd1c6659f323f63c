import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 300_000,
    // Site builds are heavy; two cores run two test files at a time.
    maxWorkers: 2,
  },
});
