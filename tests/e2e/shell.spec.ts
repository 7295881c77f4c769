import { expect, NOW, test, TIMEZONE } from './fixtures/test';
import { AppPage } from './fixtures/app-page';

test.describe('start page', () => {
  test('shows the name, what it does, the privacy line and the ways in', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    await expect(app.heading).toHaveText('Teambalans');
    await expect(page.getByTestId('privacy-line')).toBeVisible();
    await expect(app.startScan).toBeVisible();
    await expect(page.getByTestId('open-team')).toBeVisible();
    await expect(page.getByTestId('open-link')).toBeVisible();
  });

  test('on a phone a returning coach finds their teams on the first screen, before the other ways in', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const app = new AppPage(page);
    await app.open('#/team');
    await page.getByTestId('demo-team').click();
    await page.getByTestId('trend').waitFor();
    await app.open('#/');
    const teams = page.getByTestId('my-teams');
    await expect(teams).toBeVisible();
    const top = await teams.evaluate((el) => el.getBoundingClientRect().top);
    const ways = await page.getByTestId('open-team').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(740);
    expect(top).toBeLessThan(ways);
  });

  test('works when hosted under a sub-path', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('#/', 'sub/dir/');
    await expect(app.heading).toHaveText('Teambalans');
    await expect(app.startScan).toBeVisible();
  });
});

test.describe('language', () => {
  test.use({ locale: 'en-GB' });

  test('follows an English browser, switches to Dutch and remembers it after reload', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    expect(await app.htmlLang()).toBe('en');
    await expect(app.startScan).toHaveText('Start a scan');
    await expect(app.language('en')).toHaveAttribute('aria-pressed', 'true');

    await app.language('nl').click();
    await expect(app.startScan).toHaveText('Start een scan');
    expect(await app.htmlLang()).toBe('nl');
    await expect(app.language('nl')).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await app.ready();
    await expect(app.startScan).toHaveText('Start een scan');
    expect(await app.htmlLang()).toBe('nl');
  });

  test('switching language keeps the page you are on', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('#/team');
    await expect(app.heading).toHaveText('Team dashboard');
    await app.language('nl').click();
    await expect(app.heading).toHaveText('Teamdashboard');
    expect(new URL(page.url()).hash).toBe('#/team');
  });
});

test.describe('Dutch browser', () => {
  test.use({ locale: 'nl-NL' });

  test('defaults to Dutch', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    expect(await app.htmlLang()).toBe('nl');
    await expect(app.startScan).toHaveText('Start een scan');
  });
});

test.describe('navigation', () => {
  test.use({ locale: 'en-GB' });

  test('fragment routes, with back and forward', async ({ page }) => {
    const app = new AppPage(page);
    await app.open();
    // The entry and the page it leads to have one name.
    await expect(page.getByTestId('open-team').locator('.entry-title')).toHaveText('Team dashboard');
    await page.getByTestId('open-team').click();
    await expect(app.heading).toHaveText('Team dashboard');
    expect(new URL(page.url()).hash).toBe('#/team');
    // Focus moves to the new page's heading, for screen readers.
    await expect(app.heading).toBeFocused();

    await page.goBack();
    await expect(app.heading).toHaveText('Teambalans');
    await page.goForward();
    await expect(app.heading).toHaveText('Team dashboard');
  });

  test('an unknown route shows a friendly page with a way home', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('#/does-not-exist');
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(app.heading).toHaveText('Page not found');
    await expect(page.getByText('/does-not-exist')).toBeVisible();
    await page.getByTestId('go-home').click();
    await expect(app.heading).toHaveText('Teambalans');
  });

  test('the skip link moves focus to the content without changing the page', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('#/team');
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#/team');
  });
});

test('every browser starts its clock at the configured instant, never today, in one time zone', async ({ page, browser }) => {
  const read = (p: typeof page) =>
    p.evaluate(() => ({ now: Date.now(), zone: Intl.DateTimeFormat().resolvedOptions().timeZone }));
  const other = await browser.newContext();
  const second = await other.newPage();
  for (const p of [page, second]) {
    await p.goto('/');
    const seen = await read(p);
    expect(seen.zone).toBe(TIMEZONE);
    // The clock runs on from NOW (ids and "later wins" need time to move), not from today.
    expect(seen.now).toBeGreaterThanOrEqual(NOW.getTime());
    expect(seen.now - NOW.getTime()).toBeLessThan(10 * 60_000);
  }
  await other.close();
});
