// Captures every page in both languages at phone (360 px) and projector (1920 px) width,
// light and dark, into screenshots/. A screenshot is a test you look at.
// Usage: node tests/e2e/screenshots.mjs [dist] [filter]
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const dist = process.argv[2] ?? 'dist';
const filter = process.argv[3] ?? '';
const PORT = 4181;
const base = `http://127.0.0.1:${PORT}/`;

// Golden links from tests/fixtures/links/v1.txt: an invite and two responses of one member.
const GOLDEN_INVITE = '#/i/EQECAwQFBk-_AQMBJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPuU3QC4';
const GOLDEN_RESPONSES = [
  '#/r/EgECAwQFBgkIBwYFBA9CQAEoAQA1dd1XPmEtGTsRFNWMSKjT9QuckcLu0URWvjXSALqXPg',
  '#/r/EgECAwQFBgkIBwYFBA9CQAEYAAM1blsxm4sQMgPOGIE',
];

// Each page: a name, and a function that gets the page there from a fresh context.
const pages = [
  ['start', async (p) => p.goto(`${base}#/`)],
  ['not-found', async (p) => p.goto(`${base}#/no-such-page`)],
  ['team', async (p) => p.goto(`${base}#/team`)],
  ['open-link', async (p) => p.goto(`${base}#/open`)],
  ['scan-intro', async (p) => p.goto(`${base}#/scan`)],
  ['scan-question', async (p) => {
    await p.goto(`${base}#/scan`);
    await p.getByTestId('scan-begin').click();
    await p.locator('[data-testid=statement]').first().waitFor();
    await p.locator('[data-testid=statement]').first().locator('input[type=radio]').nth(3).check();
  }],
  ['scan-result', async (p) => {
    await p.goto(`${base}#/scan`);
    await p.evaluate(() => window.__tbFillDemo?.());
    await p.getByTestId('scan-begin').click();
    for (let i = 0; i < 12; i++) {
      const radios = p.locator('[data-testid=statement] input[type=radio]');
      const n = await p.locator('[data-testid=statement]').count();
      for (let s = 0; s < n; s++) {
        await p.locator('[data-testid=statement]').nth(s).locator('input[type=radio]').nth((s * 3 + i) % 5).check();
      }
      const next = p.getByTestId('scan-next');
      if (await next.count() === 0) break;
      await next.click();
      if (await p.getByTestId('scan-result').count()) break;
    }
  }],
  ['round', async (p) => {
    await p.goto(`${base}#/team`);
    await p.getByTestId('team-name').fill('Klantenteam Oost');
    await p.getByTestId('create-team').click();
    await p.getByTestId('round-title').fill('Najaar 2026');
    await p.getByTestId('create-round').click();
    await p.getByTestId('round-page').waitFor();
  }],
  ['teams', async (p) => {
    await p.goto(`${base}#/team`);
    for (const name of ['Klantenteam Oost', 'Werkplaats']) {
      await p.getByTestId('team-name').fill(name);
      await p.getByTestId('create-team').click();
    }
    await p.getByTestId('round-title').first().fill('Najaar 2026');
    await p.getByTestId('create-round').first().click();
    await p.getByTestId('round-page').waitFor();
    await p.goto(`${base}#/team`);
  }],
  ['response', async (p) => {
    await p.goto(`${base}${GOLDEN_INVITE}`);
    await p.getByTestId('scan-begin').click();
    for (let step = 0; step < 10; step++) {
      const n = await p.locator('[data-testid=statement]').count();
      for (let s = 0; s < n; s++) {
        await p.locator('[data-testid=statement]').nth(s).locator('[data-horizon=now] input').nth((s + step) % 5).check();
      }
      await p.getByTestId('scan-next').click();
    }
    await p.getByTestId('response-link-section').waitFor();
  }],
  ['import', async (p) => {
    await p.goto(`${base}#/open`);
    await p.getByTestId('import-field').fill(`${GOLDEN_RESPONSES.join('\n')}\n#/r/EgECAwQFBgkIBwYFBA9CQAEYAAM1b`);
    await p.getByTestId('import-button').click();
    await p.getByTestId('conflict-view').waitFor();
  }],
  ['session-handover', async (p) => {
    await p.goto(`${base}#/team`);
    await p.getByTestId('team-name').fill('Werkplaats');
    await p.getByTestId('create-team').click();
    await p.getByTestId('round-ask-desired').uncheck();
    await p.getByTestId('create-round').click();
    await p.getByTestId('start-session').click();
    await p.getByTestId('scan-begin').click();
    for (let step = 0; step < 10; step++) {
      const n = await p.locator('[data-testid=statement]').count();
      for (let s = 0; s < n; s++) await p.locator('[data-testid=statement]').nth(s).locator('input').nth(2).check();
      await p.getByTestId('scan-next').click();
    }
    await p.getByTestId('session-handover').waitFor();
  }],
  ['dashboard', async (p) => {
    await p.goto(`${base}#/team`);
    await p.getByTestId('demo-team').click();
    await p.getByTestId('dashboard').waitFor();
  }],
  ['dashboard-talk', async (p) => {
    await p.goto(`${base}#/team`);
    await p.getByTestId('demo-team').click();
    await p.getByTestId('talking-points').scrollIntoViewIfNeeded();
    await p.evaluate(() => document.querySelector('[data-testid=talking-points]').scrollIntoView());
  }],
  ['dashboard-trend', async (p) => {
    await p.goto(`${base}#/team`);
    await p.getByTestId('demo-team').click();
    await p.evaluate(() => document.querySelector('[data-testid=actions]').scrollIntoView());
  }],
  ['unlock', async (p) => p.goto(`${base}#/p/FQMHBwcHBwcHBwcHBwcHBwcHCQkJCQkJCQkJCQkJAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJ89CwPA`)],
  ['link-problem', async (p) => p.goto(`${base}#/r/EgECAwQFBgkIBwYFBA9CQAEYAAM1b`)],
  ['storage-cleared', async (p) => p.goto(`${base}#/round/0123456789ab`)],
];

const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
mkdirSync('screenshots', { recursive: true });
try {
  for (const [name, go] of pages) {
    if (filter && !name.includes(filter)) continue;
    for (const locale of ['nl-NL', 'en-GB']) {
      for (const [label, width, height] of [['phone', 360, 780], ['projector', 1920, 1080]]) {
        for (const scheme of ['light', 'dark']) {
          if (scheme === 'dark' && width !== 360) continue;
          const context = await browser.newContext({ locale, viewport: { width, height }, colorScheme: scheme });
          const page = await context.newPage();
          try {
            await go(page);
            await page.locator('html[data-ready]').waitFor();
            await page.waitForTimeout(150);
            const file = `screenshots/${name}-${locale.slice(0, 2)}-${label}${scheme === 'dark' ? '-dark' : ''}.png`;
            await page.screenshot({ path: file, fullPage: label === 'phone' });
            console.log(file);
          } catch (e) {
            console.log(`${name} ${locale} ${label}: ${e.message.split('\n')[0]}`);
          }
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
