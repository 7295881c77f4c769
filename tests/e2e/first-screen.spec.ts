import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderFirstScreens, renderFrameScreens, renderStartScreens, ROOT } from './fixtures/first-screens';
import { expect, test, type Page, type Route } from './fixtures/test';
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
    // A request of a page since reloaded is gone: continuing it is a no-op.
    for (const route of held) await route.continue().catch(() => {});
  };
}

/** Sums every layout shift the page has had, as the browser measures it (CLS). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const add = (entries: any[]) => {
          for (const entry of entries) if (!entry.hadRecentInput) total += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Two frames: every shift so far has been laid out and reported; then what is
        // still queued is taken at once, not waited for.
        requestAnimationFrame(() => requestAnimationFrame(() => {
          add(observer.takeRecords());
          observer.disconnect();
          resolve(total);
        }));
      }),
  );
}

/** A step's text without its note on saving: "saved" in the app, "about to be" before it. */
function withoutSavedNote(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/opgeslagen|saved on this device/i.test(line))
    .join('\n');
}

/** An invite's bytes (its checksum dropped), changed by `edit`, with a new checksum. */
function relink(link: string, edit: (bytes: number[]) => number[]): string {
  const b64 = link.slice(4).replace(/-/g, '+').replace(/_/g, '/');
  const bytes = [...Buffer.from(b64, 'base64')];
  const body = edit(bytes.slice(0, -4));
  let crc = -1;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  crc = (crc ^ -1) >>> 0;
  const all = Buffer.from([...body, crc >>> 24, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255]);
  return `#/i/${all.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The same invite without a round title: its round is named by date. */
function untitled(link: string): string {
  return relink(link, (bytes) => [...bytes.slice(0, 13 + bytes[12]), 0]);
}

/** The same invite without "where we want to be": one scale per statement. */
function nowOnly(link: string): string {
  return relink(link, (bytes) => bytes.map((b, i) => (i === 9 ? 0 : b)));
}

for (const [locale, round, untitledRound, heading, firstStep] of [
  ['nl-NL', 'Najaar <b>2025</b>', 'Ronde van 23 november 2025', 'De Teambalans-scan', 'Eigenaarschap'],
  ['en-GB', 'Najaar <b>2025</b>', 'Round of 23 November 2025', 'The Teambalans scan', 'Ownership'],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test(`the start page shows before the wasm as the app draws it; the app takes it over in place, with no shift and no new largest paint (${locale})`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto('/');
      const boot = page.locator('#boot');
      await expect(boot.locator('.tagline')).toBeVisible();
      await expect(boot.getByRole('heading', { level: 1 })).toHaveText('Teambalans');
      await expect(page.locator('#boot-line')).toHaveCount(0);
      const axe = await new AxeBuilder({ page }).include('#boot')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      const staticText = await boot.innerText();
      const boxes = () => Promise.all(['.site-header', '.tagline', '.hero .button', '.entry-points', '.idea'].map((s) => page.locator(s).boundingBox()));
      const before = await boxes();
      const released = await page.evaluate(() => performance.now());
      await release();
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await expect(boot).toHaveCount(0);
      await expect(page.getByTestId('start-scan')).toBeVisible();
      expect(await page.locator('#app').innerText()).toBe(staticText);
      expect(await boxes()).toEqual(before);
      expect(await layoutShift(page)).toBeLessThan(0.01);
      // The largest paint is the first screen's: the app's same text in the same box is none.
      const largest = await page.evaluate(
        () =>
          new Promise<number[]>((resolve) => {
            const seen: number[] = [];
            const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.startTime)));
            observer.observe({ type: 'largest-contentful-paint', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => {
              seen.push(...observer.takeRecords().map((e) => e.startTime));
              observer.disconnect();
              resolve(seen);
            }));
          }),
      );
      expect(largest.length).toBeGreaterThan(0);
      expect(Math.max(...largest)).toBeLessThan(released);
    });

    test(`a returning coach's start page keeps its teams' and own scan's place before the wasm: nothing moves when the app draws them (${locale})`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 2000 });
      const stored = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'storage', 'v5.json'), 'utf8'));
      delete stored.settings.locale;
      await page.goto('/public/manifest.webmanifest');
      await page.evaluate((s) => localStorage.setItem('teambalans', s), JSON.stringify(stored));
      const release = await holdWasm(page);
      await page.goto('/');
      // The teams' card and the own scan's (begun in the fixture): their places, not shown.
      const kept = page.locator('#boot .home-mine section');
      await expect(kept).toHaveCount(2);
      for (const card of await kept.all()) await expect(card).toBeHidden();
      const idea = await page.locator('#boot .idea').boundingBox();
      await release();
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await expect(page.getByTestId('my-team')).toHaveCount(stored.teams.teams.length);
      expect(await page.locator('.idea').boundingBox()).toEqual(idea);
      expect(await layoutShift(page)).toBeLessThan(0.01);
    });

    test(`an invite shows its intro before the wasm, then the app takes over without a shift (${locale})`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto(`/${INVITE}`);
      // Before the wasm: the header and the invite's intro, its team and round as text.
      const boot = page.locator('#boot');
      await expect(boot.locator('.site-header .brand')).toHaveText('Teambalans');
      const intro = page.locator('#boot-intro');
      await expect(intro.locator('.round-team')).toHaveText('Klantenteam Oost — ‘naoberschap’');
      await expect(intro.locator('.round-title')).toHaveText(round);
      await expect(intro.locator('b')).toHaveCount(0);
      await expect(intro.getByRole('heading', { level: 1 })).toHaveText(heading);
      const staticText = await intro.innerText();
      const header = await boot.locator('.site-header').boundingBox();
      const button = await page.locator('#boot-begin').boundingBox();
      await release();
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await expect(boot).toHaveCount(0);
      // The app draws the same intro, word for word, in the same place.
      const app = page.getByTestId('scan-intro');
      await expect(app.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await app.innerText()).toBe(staticText);
      expect(await page.locator('#app .site-header').boundingBox()).toEqual(header);
      expect(await page.getByTestId('scan-begin').boundingBox()).toEqual(button);
      expect(await layoutShift(page)).toBeLessThan(0.01);
    });

    test(`"Begin" before the wasm opens the first step at once; its answers, focus and place carry over to the app (${locale})`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto(`/${untitled(INVITE)}`);
      await expect(page.locator('#boot-intro .round-title')).toHaveText(untitledRound);
      // Whose invite it is (under the intro, for when the app draws that), in this language.
      await expect(page.locator('#boot-for')).toHaveText(`${locale === 'nl-NL' ? 'Uitnodiging van' : 'Invitation from'} Klantenteam Oost — ‘naoberschap’`);
      await page.locator('#boot-begin').focus();
      await page.keyboard.press('Enter');
      // The first step, drawn from the page itself: its heading takes the focus.
      const step = page.locator('#boot-step');
      await expect(step.getByRole('heading', { level: 1 })).toHaveText(firstStep);
      await expect(step.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(page.locator('#boot-intro')).toBeHidden();
      const axe = await new AxeBuilder({ page }).include('#boot-step')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      const staticText = withoutSavedNote(await step.innerText());
      const statements = step.locator('fieldset.statement');
      await expect(statements).toHaveCount(8);
      // Answers as a member gives them: by mouse, a non-answer, the points by keyboard,
      // and a radio group left with the focus in it, further down the page.
      await step.locator('input[name="s11-now"][value="4"]').check();
      await step.locator('input[name="s17-now"][value="6"]').check();
      await expect(statements.first()).toHaveClass(/answered/);
      await step.locator('#t1-now').focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(step.locator('.points-value').first()).toHaveText(locale === 'nl-NL' ? '7 punten voor A, 3 voor B' : '7 points for A, 3 for B');
      await step.locator('input[name="s12-now"][value="2"]').focus();
      await page.keyboard.press('ArrowRight');
      await expect(step.locator('input[name="s12-now"][value="3"]')).toBeChecked();
      const scrolled = await page.evaluate(() => scrollY);
      expect(scrolled).toBeGreaterThan(100);
      expect(await page.evaluate(() => localStorage.getItem('teambalans'))).toBeNull();

      await release();
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await expect(page.locator('#boot')).toHaveCount(0);
      const app = page.getByTestId('scan-step');
      await expect(app.getByRole('heading', { level: 1 })).toHaveText(firstStep);
      // Every answer is the app's now: shown, stored, and the focus and place kept.
      await expect(app.locator('input[name="s11-now"][value="4"]')).toBeChecked();
      await expect(app.locator('input[name="s17-now"][value="6"]')).toBeChecked();
      await expect(app.locator('input[name="s12-now"][value="3"]')).toBeChecked();
      await expect(app.locator('input[name="s12-now"][value="3"]')).toBeFocused();
      await expect(app.getByTestId('trade-off-value').first()).toHaveText(locale === 'nl-NL' ? '7 punten voor A, 3 voor B' : '7 points for A, 3 for B');
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('teambalans') ?? 'null'));
      const scan = stored.invitations[0].scan;
      expect(scan.answers['11'].now.answer).toBe(4);
      expect(scan.answers['17'].now.answer).toBe(6);
      expect(scan.answers['12'].now.answer).toBe(3);
      expect(scan.trade_offs['1'].now.points).toBe(3);
      expect(scan.step).toEqual({ dimension: 0 });
      await expect(page.locator('html[data-boot-begin]')).toHaveCount(0);
      expect(await layoutShift(page)).toBeLessThan(0.01);

      // The page's step was the app's, word for word (all but the note on saving).
      await page.reload();
      await expect(page.locator('html[data-ready]')).toHaveCount(1);
      await page.evaluate(() => {
        const data = JSON.parse(localStorage.getItem('teambalans') ?? 'null');
        data.invitations[0].scan.answers = {};
        data.invitations[0].scan.trade_offs = {};
        localStorage.setItem('teambalans', JSON.stringify(data));
      });
      await page.reload();
      await expect(app.locator('input:checked')).toHaveCount(0);
      expect(withoutSavedNote(await app.innerText())).toBe(staticText);
    });
  });
}

test('"Next" on the first step before the wasm opens the second step once it arrives, and "Back" returns to the intro', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`/${INVITE}`);
  await page.locator('#boot-begin').click();
  const step = page.locator('#boot-step');
  await step.locator('input[name="s13-now"][value="5"]').check();
  // Back to the intro and in again: the answer is still there.
  await step.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('#boot-intro')).toBeVisible();
  await expect(page.locator('#boot-intro h1')).toBeFocused();
  await expect(page.locator('html[data-boot-begin]')).toHaveCount(0);
  await page.locator('#boot-begin').click();
  await expect(step.locator('input[name="s13-now"][value="5"]')).toBeChecked();
  await step.getByRole('button', { name: 'Next' }).click();
  await expect(step.getByRole('status').last()).toHaveText('Loading the questionnaire…');
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(page.getByTestId('scan-progress')).toContainText('Step 2 of 9');
  await expect(heading).toBeFocused();
  await page.getByTestId('scan-back').click();
  await expect(page.getByTestId('scan-step').locator('input[name="s13-now"][value="5"]')).toBeChecked();
});

test('without "where we want to be", the first step before the wasm is the app\'s one-scale step, word for word', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`/${nowOnly(INVITE)}`);
  await expect(page.locator('#boot-intro .note')).toBeHidden();
  await page.locator('#boot-begin').click();
  const step = page.locator('#boot-step');
  await expect(step.locator('.scale[data-horizon=desired]')).toHaveCount(0);
  await expect(step.locator('input[type=range]')).toHaveCount(1);
  const staticText = withoutSavedNote(await step.innerText());
  const box = await step.locator('fieldset.statement').nth(3).boundingBox();
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  const app = page.getByTestId('scan-step');
  expect(withoutSavedNote(await app.innerText())).toBe(staticText);
  expect(await app.getByTestId('statement').nth(3).boundingBox()).toEqual(box);
  await expect(app.getByRole('heading', { level: 1 })).toBeFocused();
});

test("answers given on the first step and then left for the intro are kept: the app opens at the intro", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`/${INVITE}`);
  await page.locator('#boot-begin').click();
  await page.locator('#boot-step input[name="s14-now"][value="1"]').check();
  await page.locator('#boot-step').getByRole('button', { name: 'Back' }).click();
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.getByTestId('scan-intro')).toBeVisible();
  await page.getByTestId('scan-begin').click();
  await expect(page.getByTestId('scan-step').locator('input[name="s14-now"][value="1"]')).toBeChecked();
});

test('answers on the first step before the wasm outlive a reload of the tab, on the step or the intro, until the app has them', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`/${INVITE}`);
  await page.locator('#boot-begin').click();
  const step = page.locator('#boot-step');
  await step.locator('input[name="s11-now"][value="4"]').check();
  await step.locator('input[name="s11-desired"][value="5"]').check();
  await step.locator('#t1-now').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(step.locator('.points-value').first()).toHaveText('4 points for A, 6 for B');
  // "Equally well" is an answer too, given without moving the slider.
  await step.getByRole('button', { name: 'Equally well: 5 and 5' }).nth(1).click();
  await expect(step.locator('.points-value').nth(1)).toHaveText('5 points for A, 5 for B');

  // The tab is reloaded (or dropped by the phone and opened again) before the wasm is in:
  // the member is back on the step, every answer in place.
  await page.reload();
  await expect(step).toBeVisible();
  await expect(step.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(step.locator('input[name="s11-now"][value="4"]')).toBeChecked();
  await expect(step.locator('input[name="s11-desired"][value="5"]')).toBeChecked();
  await expect(step.locator('input:checked')).toHaveCount(2);
  await expect(step.locator('.points-value').first()).toHaveText('4 points for A, 6 for B');
  await expect(step.locator('.points-value').nth(1)).toHaveText('5 points for A, 5 for B');
  await expect(step.locator('fieldset.statement').first()).toHaveClass(/answered/);

  // Left for the intro and reloaded: the intro, with the answers kept behind "Begin".
  await step.getByRole('button', { name: 'Back' }).click();
  await page.reload();
  await expect(page.locator('#boot-intro')).toBeVisible();
  await expect(step).toBeHidden();

  // Something this page never offers, kept by a forged tab, is not read back.
  await page.evaluate(() => {
    const kept = JSON.parse(sessionStorage.getItem('teambalans-first-step') ?? 'null');
    kept.on = true;
    kept.fields.push(['s11-now', '9'], ['s12-now', '<b>2</b>'], ['t1-now', '99'], ['boot-begin', '3'], [1, 2], 'x');
    sessionStorage.setItem('teambalans-first-step', JSON.stringify(kept));
  });
  await page.reload();
  await expect(step).toBeVisible();
  await expect(step.locator('input:checked')).toHaveCount(2);
  await expect(step.locator('input[name="s11-now"][value="4"]')).toBeChecked();
  await expect(step.locator('.points-value').first()).toHaveText('4 points for A, 6 for B');

  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  const app = page.getByTestId('scan-step');
  await expect(app.locator('input[name="s11-now"][value="4"]')).toBeChecked();
  await expect(app.locator('input[name="s11-desired"][value="5"]')).toBeChecked();
  await expect(app.getByTestId('trade-off-value').first()).toHaveText('4 points for A, 6 for B');
  // The app has them (stored on this device): the tab's copy is gone.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('teambalans') ?? 'null'));
  expect(stored.invitations[0].scan.answers['11'].now.answer).toBe(4);
  expect(await page.evaluate(() => sessionStorage.getItem('teambalans-first-step'))).toBeNull();
});

// tests/fixtures/links/v5.txt: "invite-v2" (anonymous) and "invite-own" (open, three own statements).
const V5_ANONYMOUS = '#/i/UQECAwQFBk-_AQMCJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPgAAjNsfjw';
const V5_OPEN = '#/i/UQECAwQFBk-_AQMCJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPgEDH1dlIGR1cnZlbiBlbGthYXIgYWFuIHRlIHNwcmVrZW40QmVzbHVpdGVuIHppam4gPGk-aGVsZGVyPC9pPiDigJQgb29rIG7DoSBoZXQgb3ZlcmxlZyVJayB3ZWV0IHdhdCBlciB2YW4gbWlqIHZlcndhY2h0IHdvcmR0w-ugRA';

test('an anonymous invite of link format 5 shows its intro before the wasm, as the app draws it', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`/${V5_ANONYMOUS}`);
  await expect(page.locator('#boot-intro .round-team')).toHaveText('Klantenteam Oost — ‘naoberschap’');
  const staticText = await page.locator('#boot-intro').innerText();
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  expect(await page.getByTestId('scan-intro').innerText()).toBe(staticText);
});

test("an open round's invite, whose intro asks for a name, shows the plain loading line until the app draws it", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`/${V5_OPEN}`);
  // Its words from locales/ (#boot-early), the team's and round's names as text.
  await expect(page.locator('#boot-for')).toHaveText('Invitation from Klantenteam Oost — ‘naoberschap’ for ‘Najaar <b>2025</b>’');
  await expect(page.locator('#boot-line')).toHaveText('Loading the questionnaire…');
  await expect(page.locator('#boot-intro')).toBeHidden();
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.getByTestId('scan-intro')).toBeVisible();
});

test.describe('an invite opened before', () => {
  // The service worker would serve the wasm from its cache, past the hold.
  test.use({ serviceWorkers: 'block' });
  test('an invite this browser already has shows no fresh intro: the app shows where the member is', async ({ page }) => {
  await page.goto(`/${INVITE}`);
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  const release = await holdWasm(page);
  await page.goto('about:blank');
  await page.goto(`/${INVITE}`);
  await expect(page.locator('#boot-intro')).toBeHidden();
  await expect(page.locator('#boot-for')).toContainText('Klantenteam Oost');
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  });
});

test('the first paint needs only the styles in <head>: the later ones change nothing in the header and loading line', async ({ page }) => {
  const release = await holdWasm(page);
  // Any page but the start page, which has a first screen of its own (below).
  await page.goto('/#/team');
  await expect(page.locator('#boot-line')).toBeVisible();
  // The inlined frame and questionnaire styles, and the rest (applied by the loader).
  await expect.poll(() => page.evaluate(() => document.styleSheets.length)).toBe(3);
  // Every box and computed style of what the first paint shows, with all styles and with
  // only the inlined <style> in <head> (the questionnaire's and the rest are later).
  const frame = () =>
    page.evaluate(() => {
      const shown = [...document.querySelectorAll('#boot .site-header, #boot .site-header *, #boot .page, #boot-wait, #boot-wait *')];
      const look = () =>
        shown.map((el) => {
          const style = getComputedStyle(el);
          return JSON.stringify([el.getBoundingClientRect(), [...style].map((name) => `${name}:${style.getPropertyValue(name)}`)]);
        });
      const all = look();
      const later = [...document.styleSheets].filter((sheet) => sheet.ownerNode?.parentNode !== document.head || sheet.ownerNode.nodeName !== 'STYLE');
      for (const sheet of later) sheet.disabled = true;
      const first = look();
      for (const sheet of later) sheet.disabled = false;
      return { all, first };
    });
  for (const [width, scheme] of [[360, 'light'], [1280, 'light'], [1280, 'dark']] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    const { all, first } = await frame();
    expect(first, `${width} px, ${scheme}`).toEqual(all);
  }
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
});

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
  // A whole questionnaire and two front-ends loaded: 23 s under stress-ng --cpu 3.
  test.setTimeout(90_000);
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

for (const [what, file] of [['glue', /teambalans-member-[0-9a-f]+\.js$/], ['wasm', /teambalans-member-[0-9a-f]+_bg\.wasm$/]] as const) {
test(`a download that fails (${what}) says so on the first screen, and "Try again" loads the app in place, keeping what was answered`, async ({ page }) => {
  // The connection is down (the preload's fetch and the loader's) until "Try again".
  let down = true;
  await page.route(file, (route) => (down ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(`/${INVITE}`);
  const problem = page.locator('#boot-failed');
  await expect(problem).toBeVisible();
  await expect(problem.getByRole('alert').or(problem)).toContainText('the connection dropped');
  const retry = problem.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeFocused();
  // The first screen still works meanwhile: the member begins and answers.
  await page.locator('#boot-begin').click();
  await page.locator('#boot-step input[name="s15-now"][value="2"]').check();
  down = false;
  await retry.click();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.getByTestId('scan-step').locator('input[name="s15-now"][value="2"]')).toBeChecked();
});
}

for (const [what, render] of [
  ['an invite\'s intro and first step', renderFirstScreens],
  ['the start page', renderStartScreens],
  ['the header', renderFrameScreens],
] as const) {
  test(`the first screens in index.html are the app's own: ${what}, as the app renders it now`, async ({ browser, baseURL, page }) => {
    // Fresh pages, each waiting for the app: per language and instrument, each screen.
    test.setTimeout(120_000);
    const files = await render(browser, baseURL ?? '');
    for (const [file, rendered] of Object.entries(files)) {
      if (process.env.BLESS) writeFileSync(join(ROOT, file), rendered);
      else expect(rendered, `the app renders ${file} otherwise: run node scripts/bless-first-screens.mjs`).toBe(readFileSync(join(ROOT, file), 'utf8'));
    }
    if (process.env.BLESS) return;
    // And the build has put them all into the page.
    const release = await holdWasm(page);
    await page.goto('/#/team');
    const ids = Object.values(files).flatMap((text) => [...text.matchAll(/<(?:template|script type="text\/html") id="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const inPage = await page.evaluate(() => [...document.querySelectorAll('template[id^="boot-"], script[type="text/html"][id^="boot-"]')].map((t) => t.id));
    expect(inPage).toEqual(expect.arrayContaining(ids));
    await release();
  });
}

test('a download that fails on the start page says so there, and "Try again" loads the app in place', async ({ page }) => {
  let down = true;
  await page.route(/teambalans-[0-9a-f]+_bg\.wasm$/, (route) => (down ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/');
  const problem = page.locator('#boot-failed');
  await expect(problem).toBeVisible();
  await expect(problem).toContainText('the connection dropped');
  await expect(page.locator('#boot .tagline')).toBeVisible();
  down = false;
  await problem.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  await expect(page.getByTestId('start-scan')).toBeVisible();
});

// tests/fixtures/links/v5.txt: "invite", a round of the instrument's version 1, still open.
const V5_VERSION_1 = '#/i/UQECAwQFBk-_AQMBJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPgAACozIzg';

test("a round of the instrument's version 1 has its own intro and first step before the wasm, taken over by the app", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(`/${V5_VERSION_1}`);
  await expect(page.locator('#boot-intro .round-team')).toHaveText('Klantenteam Oost — ‘naoberschap’');
  await expect(page.locator('#boot-intro h1')).toHaveText('The Teambalans scan');
  await page.locator('#boot-begin').click();
  const step = page.locator('#boot-step');
  await expect(step).toHaveAttribute('data-instrument', '1');
  await expect(step.locator('input[type=range]')).toHaveCount(0);
  await step.locator('input[name="s11-now"][value="4"]').check();
  const staticText = withoutSavedNote(await step.innerText());
  await release();
  await expect(page.locator('html[data-ready]')).toHaveCount(1);
  const app = page.getByTestId('scan-step');
  await expect(app.locator('input[name="s11-now"][value="4"]')).toBeChecked();
  expect(withoutSavedNote(await app.innerText())).toBe(staticText);
});
