import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect } from './fixtures/test';
import type { Page } from '@playwright/test';
import { AppPage } from './fixtures/app-page';

// What the own result and the dashboard show for every round and scan of both instrument
// versions in tests/golden/input.json (made by crates/core/tests/golden.rs), pinned so
// that folding the versions' code into one changes no word. The text is every text node
// of the page's main region in document order, one per line: what is there, not how it
// is laid out, so hidden table rows and chart labels count too. `BLESS=1` writes the
// files anew.

const goldenDir = join(__dirname, '..', 'golden');
const input: { rounds: string[]; storage: string; scans: Record<string, string> } = JSON.parse(
  readFileSync(join(goldenDir, 'input.json'), 'utf8'),
);
const bless = !!process.env.BLESS;

async function textLines(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((root) => {
    const lines: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && (parent.closest('script, style, template'))) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) lines.push(text);
    }
    return lines.join('\n') + '\n';
  });
}

function compare(name: string, text: string) {
  const path = join(goldenDir, 'screens', name);
  if (bless) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  let golden = '';
  try {
    golden = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`no golden file ${path}: run with BLESS=1 to write it`);
  }
  expect(text, `${name} differs from tests/golden/screens`).toBe(golden);
}

async function seed(page: Page, doc: string, locale: 'nl' | 'en') {
  const app = new AppPage(page);
  await app.open('#/');
  await page.evaluate(
    ([doc, locale]) => {
      const data = JSON.parse(doc);
      data.settings = { locale };
      localStorage.setItem('teambalans', JSON.stringify(data));
    },
    [doc, locale] as const,
  );
  await page.reload();
  await app.ready();
  return app;
}

for (const locale of ['nl', 'en'] as const) {
  test(`the dashboards of both versions say what they said (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const app = await seed(page, input.storage, locale);
    for (const round of input.rounds) {
      await app.open(`#/round/${round}/results`);
      await expect(page.getByTestId('dashboard')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      compare(`dashboard-${round}.${locale}.txt`, await textLines(page, '#main'));
    }
  });

  test(`the own results of both versions say what they said (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const [name, doc] of Object.entries(input.scans)) {
      const app = await seed(page, doc, locale);
      await app.open('#/scan');
      await expect(page.getByTestId('scan-result')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      compare(`own-${name}.${locale}.txt`, await textLines(page, '#main'));
    }
  });
}
