import { defineConfig } from '@playwright/test';

// E2E_PORT lets a second checkout run its specs beside this one (default 4173).
const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_BASE_URL points the same specs at another server of the build (scripts/test.sh:
// the real nginx under /teambalans/); without it they run against serve.mjs, started here.
const external = process.env.E2E_BASE_URL;

// The instant every browser's clock starts at (tests/e2e/fixtures/test.ts), so that no test
// reads today's date. Far ahead by default, so a test that still reads the real date fails
// now; run with another to try one, e.g. E2E_NOW=2027-02-28T21:30:00+01:00.
process.env.E2E_NOW ??= '2030-12-31T21:30:00+01:00';

// Debian's Chromium, never a downloaded browser; flags for a closed network as root.
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  forbidOnly: true,
  reporter: [['list'], ['json']],
  outputDir: '../../target/e2e-results',
  use: {
    baseURL: external ?? `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: chromiumFlags,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: external
    ? undefined
    : {
        command: `node serve.mjs ../../dist ${port}`,
        url: `http://127.0.0.1:${port}/`,
        reuseExistingServer: false,
        timeout: 20_000,
      },
});
