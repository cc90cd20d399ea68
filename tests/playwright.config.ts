import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // One browser at a time: the machine has two cores and each test launches Chromium.
  workers: 1,
  fullyParallel: false,
  // One retry in CI only: a test that needs it is reported as flaky by npm test, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  outputDir: '../test-results',
  reporter: process.env.PW_JSON_OUTPUT
    ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
    : 'list',
  use: { trace: 'retain-on-failure' },
  // The policy specs need real managed-policy files, i.e. tests/e2e/policy/with-policy.sh (root,
  // private mount namespace), which sets WITH_POLICY=1. Outside it the project does not exist,
  // so a normal run neither collects nor skips them.
  projects: [
    { name: 'default', testIgnore: 'policy/**' },
    ...(process.env.WITH_POLICY === '1' ? [{ name: 'policy', testMatch: 'policy/**/*.spec.ts' }] : []),
  ],
});
