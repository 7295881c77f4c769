import { expect, test, type Page, type Route } from '@playwright/test';
import { ScanPage } from './fixtures/scan-page';

// The golden invite of link format 3 (tests/fixtures/links/v3.txt), version 2.
const INVITE = '#/i/MQECAwQFBk-_AQMCJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPqn7YpI';

/** Holds the wasm back until `release` is called: what a slow phone network does. */
async function holdWasm(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = [];
  let released = false;
  let arrived: () => void = () => {};
  const seen = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(/\.wasm$/, async (route) => {
    if (released) return route.continue();
    held.push(route);
    arrived();
  });
  return async () => {
    await seen;
    released = true;
    for (const route of held) await route.continue();
  };
}

/** Sums every layout shift the page has had, as the browser measures it (CLS). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

for (const [locale, forText, loading, heading] of [
  ['nl-NL', 'Uitnodiging van Klantenteam Oost — ‘naoberschap’ voor ‘Najaar <b>2025</b>’', 'De vragenlijst wordt geladen…', 'De Teambalans-scan'],
  ['en-GB', 'Invitation from Klantenteam Oost — ‘naoberschap’ for ‘Najaar <b>2025</b>’', 'Loading the questionnaire…', 'The Teambalans scan'],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test(`an invite shows its team and round before the wasm, then the app takes over without a shift (${locale})`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto(`/${INVITE}`);
      // Before the wasm: the header and what the link is for, as text (no markup made).
      const boot = page.locator('#boot');
      await expect(boot.locator('.site-header .brand')).toHaveText('Teambalans');
      await expect(page.locator('#boot-for')).toHaveText(forText);
      await expect(page.locator('#boot-for b')).toHaveCount(0);
      await expect(page.locator('#boot-line')).toHaveText(loading);
      const before = await boot.locator('.site-header').boundingBox();
      await release();
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await expect(boot).toHaveCount(0);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      // The app's header sits exactly where the first screen's was.
      const after = await page.locator('#app .site-header').boundingBox();
      expect(after).toEqual(before);
      expect(await layoutShift(page)).toBeLessThan(0.01);
    });
  });
}

test('any other address shows a plain loading line, and a broken invite is never shown as one', async ({ page }) => {
  const release = await holdWasm(page);
  // The invite with its checksum changed.
  await page.goto('/#/i/MQECAwQFBk-_AQMCJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPqn8YpI');
  await expect(page.locator('#boot-for')).toBeHidden();
  await expect(page.locator('#boot-line')).toHaveText('Loading Teambalans…');
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.locator('#boot')).toHaveCount(0);
});

test("an invite loads the member's lean front-end, which answers and makes the response link, and hands any other page to the whole app", async ({ page }) => {
  const wasms: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (name.endsWith('.wasm')) wasms.push(name);
  });
  await page.goto(`/${INVITE}`);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.getByTestId('round-banner')).toContainText('Klantenteam Oost');
  expect(wasms).toEqual([expect.stringMatching(/^teambalans-member-[0-9a-f]{1,16}_bg\.wasm$/)]);

  // The whole questionnaire in the member's front-end, to the response link.
  const scan = new ScanPage(page);
  await scan.begin();
  await scan.answerWholeScan(() => 4, { points: () => 6 });
  const link = await page.getByTestId('response-link').inputValue();
  expect(link).toMatch(/#\/r\//);
  expect(wasms).toHaveLength(1);

  // A reload on the questionnaire's address stays in the member's front-end.
  await page.reload();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(scan.result).toBeVisible();
  expect(wasms.filter((w) => w.startsWith('teambalans-member-'))).toHaveLength(2);

  // The start page is the whole app's: it takes over, and the answers are still there.
  await page.getByTestId('brand').click();
  await expect(page.getByTestId('start-scan')).toBeVisible();
  await expect.poll(() => wasms.some((w) => /^teambalans-[0-9a-f]{1,16}_bg\.wasm$/.test(w))).toBe(true);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('teambalans') ?? 'null'));
  expect(stored.invitations).toHaveLength(1);
});

test("the start page never fetches the member's front-end", async ({ page }) => {
  const wasms: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasms.push(new URL(request.url()).pathname.split('/').pop() ?? '');
  });
  await page.goto('/#/');
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  expect(wasms).toEqual([expect.stringMatching(/^teambalans-[0-9a-f]{1,16}_bg\.wasm$/)]);
});
