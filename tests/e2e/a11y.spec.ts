import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, settled, test } from './fixtures/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerInvite, Facilitator, person } from './fixtures/round-pages';
import { ScanPage } from './fixtures/scan-page';

const GOLDEN_RESPONSES = [
  '#/r/EgECAwQFBgkIBwYFBA9CQAEoAQA1dd1XPmEtGTsRFNWMSKjT9QuckcLu0URWvjXSALqXPg',
  '#/r/EgECAwQFBgkIBwYFBA9CQAEYAAM1blsxm4sQMgPOGIE',
];

/** Each page: how to get there from a fresh browser. */
const pages: [string, (p: Page) => Promise<void>][] = [
  ['start', async (p) => { await new ScanPage(p).open('#/'); }],
  ['not found', async (p) => { await new ScanPage(p).open('#/nowhere'); }],
  ['scan intro', async (p) => { await new ScanPage(p).open('#/scan'); }],
  ['scan step', async (p) => {
    const s = new ScanPage(p);
    await s.open('#/scan');
    await s.begin();
    await s.option(0, 3).check();
  }],
  ['personal result', async (p) => {
    const s = new ScanPage(p);
    await s.open('#/scan');
    await s.begin();
    await s.answerWholeScan((step, i) => ((step + i) % 5) + 1);
  }],
  ['answer overview', async (p) => {
    const s = new ScanPage(p);
    await s.open('#/scan');
    await s.begin();
    await s.answerWholeScan((step, i) => ((step + i) % 7) + 1);
    await s.openOverview();
  }],
  ['start with teams and own scan', async (p) => {
    const s = new ScanPage(p);
    await s.open('#/team');
    await p.getByTestId('demo-team').click();
    await p.getByTestId('dashboard').waitFor();
    await s.open('#/scan');
    await s.begin();
    await s.answerAll(3);
    await s.open('#/');
    await p.getByTestId('own-scan').waitFor();
  }],
  ['teams', async (p) => {
    await new ScanPage(p).open('#/team');
    await p.getByTestId('demo-team').click();
    await p.getByTestId('dashboard').waitFor();
    await new ScanPage(p).open('#/team');
  }],
  ['round', async (p) => { await new Facilitator(p).createRound('Team', 'Round'); }],
  ['import with conflict', async (p) => {
    const f = new Facilitator(p);
    await f.open('#/open');
    await f.paste(GOLDEN_RESPONSES.join('\n'));
    await p.getByTestId('conflict-view').waitFor();
  }],
  ['session handover', async (p) => {
    const f = new Facilitator(p);
    await f.createRound('Team', 'Session', { askDesired: false });
    await p.getByTestId('start-session').click();
    await f.begin();
    for (let step = 0; step < 9; step++) {
      await f.answerAll(3);
      await f.next.click();
    }
    await p.getByTestId('session-handover').waitFor();
  }],
  ['dashboard', async (p) => {
    await new ScanPage(p).open('#/team');
    await p.getByTestId('demo-team').click();
    await p.getByTestId('trend').waitFor();
  }],
  // The team meeting's first screen, opened from the demo round's dashboard (every
  // screen is scanned in present.spec.ts).
  ['present', async (p) => {
    await new ScanPage(p).open('#/team');
    await p.getByTestId('demo-team').click();
    await p.getByTestId('present-open').click();
    await p.getByTestId('present-answered').waitFor();
  }],
  // A results link of format 4: the actions with their follow-up and the trend, read-only.
  ['results link', async (p) => {
    const golden = readFileSync(join(__dirname, '../fixtures/links/v4.txt'), 'utf8');
    const line = golden.split('\n').find((l) => l.startsWith('results-agreed '))!;
    await new ScanPage(p).open(line.split(' ')[1]);
    await p.getByTestId('agreed-actions').waitFor();
    await p.getByTestId('trend').waitFor();
  }],
  ['organisations', async (p) => { await new ScanPage(p).open('#/org'); }],
  // Four teams (one with too few answers), two layers with their gaps, a line that is no link.
  ['organisation', async (p) => {
    await new ScanPage(p).open('#/org');
    await p.getByTestId('org-name').fill('Zorggroep');
    await p.getByTestId('org-create').click();
    const links = Object.values(
      JSON.parse(readFileSync(join(__dirname, 'fixtures/org-links.json'), 'utf8')) as Record<string, { link: string }>,
    ).map((t) => t.link);
    await p.getByTestId('org-paste-field').fill([...links, 'hallo'].join('\n'));
    await p.getByTestId('org-paste-button').click();
    await p.getByTestId('org-team').filter({ hasText: 'Directie' }).getByTestId('org-layer').selectOption('1');
    await p.getByTestId('org-team').filter({ hasText: 'Team Noord' }).getByTestId('org-layer').selectOption('2');
    await p.getByTestId('org-gap').first().waitFor();
  }],
  ['link problem', async (p) => { await new ScanPage(p).open('#/r/EgECAwQFBgkIBwYFBA9CQAEYAAM1b'); }],
  // A round's address in a browser that keeps nothing (storage cleared).
  ['storage cleared', async (p) => {
    await new ScanPage(p).open('#/round/0123456789ab');
    await p.getByTestId('storage-cleared').waitFor();
  }],
];

for (const locale of ['nl-NL', 'en-GB']) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${locale} ${scheme}`, () => {
      test.use({ locale, colorScheme: scheme });
      for (const [name, go] of pages) {
        test(`${name}: no WCAG 2.2 A/AA violations`, async ({ page }) => {
          test.setTimeout(60_000);
          await go(page);
          await settled(page);
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
          expect(found).toEqual([]);
        });
      }
    });
  }
}

test.describe('small screens and zoom', () => {
  // 320 CSS px is a 640 px window at 200 % zoom.
  test.use({ locale: 'nl-NL', viewport: { width: 320, height: 640 } });
  for (const [name, go] of pages) {
    test(`${name}: nothing overflows at 320 px`, async ({ page }) => {
      test.setTimeout(60_000);
      await go(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe('keyboard only', () => {
  test.use({ locale: 'en-GB' });

  /** Presses Tab until `done` holds for the focused element, up to `max` times. */
  async function tabTo(page: Page, done: (el: Element) => boolean, max = 40) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(done, null as never).catch(() => false)) return;
    }
    throw new Error('focus never reached the target');
  }

  test('a whole scan and the dashboard without a mouse', async ({ page }) => {
    test.setTimeout(120_000);
    const scan = new ScanPage(page);
    await scan.open('#/scan');
    await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'scan-begin');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 9; step++) {
      await expect(scan.progress).toContainText(`Step ${step + 1} of 9`);
      // Focus is on the heading; each Tab reaches the next radio group.
      for (let s = 0; s < 8; s++) {
        await tabTo(page, () => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
        await page.keyboard.press('ArrowRight');
      }
      // Then the ten points: the slider moves with the arrow keys.
      await tabTo(page, () => (document.activeElement as HTMLInputElement | null)?.type === 'range');
      await page.keyboard.press('ArrowLeft');
      await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'scan-next');
      await page.keyboard.press('Enter');
    }
    await expect(scan.result).toBeVisible();
    await expect(page.getByTestId('answered-count')).toContainText('for 72 of 72 statements');

    await scan.open('#/team');
    await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'demo-team');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('dashboard')).toBeVisible();
    await expect(page.locator('#page-heading')).toBeFocused();
    await tabTo(page, () => document.activeElement?.getAttribute('data-testid') === 'dashboard-tables');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('team-table')).toBeVisible();
  });
});
