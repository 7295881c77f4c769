import { expect, test, type Page } from './fixtures/test';
import { answerInvite, Facilitator, person } from './fixtures/round-pages';
import { ScanPage } from './fixtures/scan-page';

test.use({ locale: 'en-GB' });

/** Records CSP violations and dialogs from the first script on; fails on any request
 *  that leaves the page's own origin. */
async function watch(page: Page) {
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {
    requests,
    dialogs,
    violations: () => page.evaluate(() => (window as any).__violations as string[]),
  };
}

test('a full journey makes no request outside its own origin and breaks no CSP rule', async ({ page, baseURL, browser }) => {
  test.setTimeout(120_000);
  const seen = await watch(page);
  const facilitator = new Facilitator(page);
  // The built page carries the strict policy.
  await facilitator.open('#/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');

  // Scan, round, links, import, dashboard, export, print.
  await facilitator.createRound('Journey', 'All the way', { askDesired: false });
  const invite = await facilitator.inviteLink();
  const links: string[] = [];
  for (const level of [2, 4, 5]) {
    const member = await person(browser);
    links.push(await answerInvite(member.page, invite, () => level));
    await member.context.close();
  }
  await facilitator.paste(links.join('\n'));
  await page.getByTestId('open-dashboard').click();
  await expect(page.getByTestId('team-overview-members')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  await download.path();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('dashboard-tables').click();
  await facilitator.open('#/scan');
  const scan = new ScanPage(page);
  await scan.begin();
  await scan.answerWholeScan(() => 3);

  const origin = new URL(baseURL!).origin;
  const outside = seen.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(outside).toEqual([]);
  // No request ever carries a link's payload: fragments stay in the browser.
  expect(seen.requests.filter((u) => u.includes('#'))).toEqual([]);
  expect(await seen.violations()).toEqual([]);
  expect(seen.dialogs).toEqual([]);
});

const CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  'javascript:alert(3)',
  '<svg onload=alert(4)>',
  'RTL \u202Eevil.exe',
  '=HYPERLINK("http://x.example")',
];

test('hostile names, titles and actions are shown as text, never run', async ({ page }) => {
  test.setTimeout(90_000);
  const seen = await watch(page);
  const app = new ScanPage(page);
  await app.open('#/team');
  for (const name of CORPUS.slice(0, 3)) {
    await page.getByTestId('team-name').fill(name);
    await page.getByTestId('create-team').click();
  }
  for (const name of CORPUS.slice(0, 3)) {
    await expect(page.getByTestId('team-card').filter({ hasText: name })).toHaveCount(1);
  }
  // A 10,000-character name is refused in plain words; nothing breaks.
  await page.getByTestId('team-name').evaluate((el: HTMLInputElement) => el.removeAttribute('maxlength'));
  await page.getByTestId('team-name').fill('x'.repeat(10_000));
  await page.getByTestId('create-team').click();
  await expect(page.getByTestId('team-form-error')).toContainText('too long');

  // A round titled with a payload, and an action with another: on the dashboard as text.
  const card = page.getByTestId('team-card').first();
  await card.getByTestId('round-title').fill(CORPUS[3]);
  await card.getByTestId('create-round').click();
  await expect(app.heading).toHaveText(CORPUS[3]);
  await page.getByTestId('open-dashboard').click();
  await page.getByTestId('action-what').fill(CORPUS[1]);
  await page.getByTestId('action-who').fill(CORPUS[4]);
  await page.getByTestId('action-add').click();
  await expect(page.getByTestId('action')).toContainText(CORPUS[1]);
  await expect(app.heading).toHaveText(CORPUS[3]);

  // An invite link carrying a payload as team name shows it as text too.
  const invite = await (async () => {
    await page.getByRole('link', { name: 'Back to the round' }).click();
    return new Facilitator(page).inviteLink();
  })();
  const member = await page.context().browser()!.newContext({ locale: 'en-GB' });
  const memberPage = await member.newPage();
  await memberPage.goto(invite);
  await expect(memberPage.getByTestId('round-banner')).toContainText(CORPUS[0]);
  await member.close();

  expect(seen.dialogs).toEqual([]);
  expect(await page.locator('img[src=x], svg[onload]').count()).toBe(0);
  expect(await seen.violations()).toEqual([]);
});

test('after one visit the app opens and works offline, including a response link', async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  // A response link made elsewhere, to open offline.
  const other = await person(browser);
  const lead = new Facilitator(other.page);
  await lead.createRound('Offline', 'No network', { askDesired: false });
  const invite = await lead.inviteLink();
  const member = await person(browser);
  const response = await answerInvite(member.page, invite, () => 3);
  await member.context.close();
  await other.context.close();

  const { context, page } = await person(browser);
  const app = new ScanPage(page);
  await app.open('#/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Controlled from the next load on.
  await page.reload();
  await app.ready();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  // A real reload with the network off: every file must come from the service worker.
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('brand')).toBeVisible();
  await page.goto(`${baseURL}#/scan`);
  await app.ready();
  await app.begin();
  await app.answerWholeScan(() => 4);
  await page.goto(response);
  await expect(page.getByTestId('import-row')).toHaveAttribute('data-result', 'new-round');
  await context.setOffline(false);
  await context.close();
});

test('a results link protected with a passphrase opens only with it', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const app = new ScanPage(page);
  await app.open('#/team');
  await page.getByTestId('demo-team').click();
  await page.getByTestId('protect-toggle').click();
  await page.getByTestId('protect-passphrase').fill('kort');
  await page.getByTestId('protect-make').click();
  await expect(page.getByTestId('protect-error')).toContainText('at least 8 characters');
  await page.getByTestId('protect-passphrase').fill('Linde in de herfst');
  await page.getByTestId('protect-make').click();
  const link = await page.getByTestId('protected-link').inputValue();
  expect(link).toMatch(/#\/p\/[A-Za-z0-9_-]+$/);
  const figures = await page.getByTestId('team-anglo').allTextContents();

  const other = await person(browser);
  await other.page.goto(link);
  await expect(other.page.getByTestId('unlock')).toBeVisible();
  await other.page.getByTestId('unlock-passphrase').fill('linde in de herfst');
  await other.page.getByTestId('unlock-open').click();
  await expect(other.page.getByTestId('unlock-error')).toContainText('does not fit this link');
  await other.page.getByTestId('unlock-passphrase').fill('Linde in de herfst');
  await other.page.getByTestId('unlock-open').click();
  await expect(other.page.getByTestId('read-only-note')).toBeVisible();
  await expect(other.page.getByTestId('team-anglo')).toHaveText(figures);
  await other.context.close();
});

test('a new release is offered with a quiet reload notice, and never mixed with the old one', async ({ browser }) => {
  test.setTimeout(60_000);
  const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawn } = await import('node:child_process');
  // A copy of the build on its own port, so this test can "release" a new version.
  const dir = mkdtempSync(join(tmpdir(), 'teambalans-release-'));
  cpSync(join(__dirname, '../../dist'), dir, { recursive: true });
  // Beside E2E_PORT's server: a second checkout's run picks its own pair.
  const port = Number(process.env.E2E_PORT ?? 4173) + 26;
  const server = spawn('node', [join(__dirname, 'serve.mjs'), dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout!.once('data', resolve));
  try {
    const { context, page } = await person(browser);
    const base = `http://127.0.0.1:${port}/`;
    await page.goto(`${base}#/`);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const oldCache = await page.evaluate(async () => (await caches.keys()).join(','));

    // Release: the worker's cache name changes with the files.
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/teambalans-[0-9a-f]+/, 'teambalans-0000000000000new'));
    await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update(); });
    const notice = page.locator('#update-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('new version');
    // Until the user reloads, the old release keeps serving.
    const both = await page.evaluate(async () => await caches.keys());
    expect(both).toContain('teambalans-0000000000000new');
    expect(both).toContain(oldCache);
    // Waiting for the reload is set up before the click: a quick reload could otherwise
    // finish before anyone listens for it.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button').click()]);
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).join(','))).toBe('teambalans-0000000000000new');
    expect(oldCache).not.toContain('0000000000000new');
    await context.close();
  } finally {
    server.kill();
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('transitions are switched off when the system asks for less motion', async ({ page }) => {
    const app = new ScanPage(page);
    await app.open('#/');
    const duration = await app.startScan.evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});
