// Writes boot/frame-screens.html, start-screens.html, intro-screens.html and
// step-screens.html, the first screens index.html shows before the wasm has arrived (the
// header; the start page; an invite's intro and the questionnaire's first step), from what
// the built app renders in Debian's Chromium: first-screen.spec.ts's checks, run with
// BLESS=1, so the files and the tests that fail when they differ are made by one piece of
// code (tests/e2e/fixtures/first-screens.ts). Run it after a change to what those screens
// show; it builds first (unless given --no-build) and again after, so that index.html
// holds them.
// Usage: node scripts/bless-first-screens.mjs [--no-build]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args, env = {}) => {
  const done = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (done.status !== 0) process.exit(done.status ?? 1);
};
if (!process.argv.includes('--no-build')) run('bash', ['scripts/build.sh']);
run('npx', ['--no-install', 'playwright', 'test', '--config', 'tests/e2e/playwright.config.ts', 'tests/e2e/first-screen.spec.ts',
  '--grep', "first screens in index.html are the app's own", '--reporter', 'line'], { BLESS: '1', E2E_PORT: process.env.E2E_PORT ?? '8138' });
if (!process.argv.includes('--no-build')) run('bash', ['scripts/build.sh']);
console.log('boot/*-screens.html written' + (process.argv.includes('--no-build') ? ': build again (bash scripts/build.sh) to put them into index.html' : ' and built into index.html'));
