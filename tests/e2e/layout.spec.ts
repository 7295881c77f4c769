import { expect, test, type Page } from './fixtures/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Facilitator } from './fixtures/round-pages';
import { ScanPage } from './fixtures/scan-page';

// Screens that hold at every width: on every page, at phone to projector widths, in both
// languages, no word is broken over two lines, no control is narrower than its label, the
// QR code overlaps nothing of its link, a wide table scrolls in a named region, every
// member's dot on the plane shows, and nothing is wider than the window. One browser
// context per language; each page is reached once and then only resized.

const WIDTHS = [360, 768, 1024, 1280, 1920];
// What an A4 page leaves for the content at 15 mm margins (180 mm at 96 dpi).
const PRINT_WIDTH = 680;

// Golden links from tests/fixtures/links/v1.txt: two responses of one member (a conflict),
// and a damaged one.
const PASTED = [
  '#/r/EgECAwQFBgkIBwYFBA9CQAEoAQA1dd1XPmEtGTsRFNWMSKjT9QuckcLu0URWvjXSALqXPg',
  '#/r/EgECAwQFBgkIBwYFBA9CQAEYAAM1blsxm4sQMgPOGIE',
  '#/r/EgECAwQFBgkIBwYFBA9CQAEYAAM1b',
].join('\n');

// Teams' results links for the organisation page (tests/e2e/fixtures/org-links.json).
const ORG_LINKS = Object.values(
  JSON.parse(readFileSync(join(__dirname, 'fixtures/org-links.json'), 'utf8')) as Record<string, { link: string }>,
).map((t) => t.link);

/**
 * Runs in the page: every layout problem on screen, as readable lines.
 *
 * Broken words: a text node that takes one line box cannot hold a broken word, so only
 * text nodes over several lines are looked at, word by word: a word whose Range has client
 * rects on two lines is broken inside. Machine strings (link payloads) are marked in CSS
 * with `word-break: break-all` and may break anywhere; nothing else may.
 */
function layoutProblems(): string[] {
  const problems: string[] = [];
  const name = (el: Element) => {
    const id = el.getAttribute('data-testid');
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ''}${cls}>`;
  };
  const shown = (el: Element) => el.getClientRects().length > 0;

  const words = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || !/\p{L}|\p{N}/u.test(text) || parent.closest('svg, script, style, textarea')) continue;
    range.selectNodeContents(node);
    const lines = range.getClientRects();
    if (lines.length < 2) continue;
    if (getComputedStyle(parent).wordBreak === 'break-all') continue;
    for (const m of text.matchAll(words)) {
      if (m[0].length < 2) continue;
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (first && last && last.top - first.top > first.height / 2) {
        problems.push(`word broken over lines: "${m[0]}" in ${name(parent)}`);
      }
    }
  }

  for (const el of document.querySelectorAll('button, .button, summary, select, label, a, input[type=submit], input[type=button]')) {
    if (!shown(el) || el.closest('.visually-hidden')) continue;
    if (getComputedStyle(el).display === 'inline') continue;
    if (el.scrollWidth > el.clientWidth + 1) {
      problems.push(`control narrower than its label (${el.clientWidth} < ${el.scrollWidth} px): ${name(el)} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
  }

  for (const qr of document.querySelectorAll('figure.qr')) {
    const share = qr.closest('.link-share') ?? qr.parentElement!;
    const parts = Array.from(qr.querySelectorAll('svg, figcaption'));
    for (const other of share.querySelectorAll('button, a, textarea, input, [role=status]')) {
      if (qr.contains(other) || !shown(other)) continue;
      const o = other.getBoundingClientRect();
      for (const part of parts) {
        const p = part.getBoundingClientRect();
        const w = Math.min(p.right, o.right) - Math.max(p.left, o.left);
        const h = Math.min(p.bottom, o.bottom) - Math.max(p.top, o.top);
        if (w > 0.5 && h > 0.5) problems.push(`QR ${part.tagName.toLowerCase()} overlaps ${name(other)}`);
      }
    }
  }

  // A box that scrolls sideways (a wide table) is a region the keyboard can reach and a
  // screen reader can name.
  for (const el of document.querySelectorAll('body *:not(textarea):not(input)')) {
    if (el.scrollWidth <= el.clientWidth + 1 || !/auto|scroll/.test(getComputedStyle(el).overflowX)) continue;
    if (el.getAttribute('tabindex') !== '0' || el.getAttribute('role') !== 'region' || !el.getAttribute('aria-label')) {
      problems.push(`scrolls sideways without a focusable, named region: ${name(el)}`);
    }
    // ... and says so where a person reads it (not on paper, which does not scroll).
    const hint = el.previousElementSibling;
    if (!matchMedia('print').matches && !(hint?.matches('[data-testid=scroll-hint]') && shown(hint))) {
      problems.push(`scrolls sideways without saying so: ${name(el)}`);
    }
  }

  // On the four-zone plane every member's dot shows: no numbered circle is drawn over one.
  for (const plane of document.querySelectorAll('svg.zone-plane')) {
    if (!shown(plane)) continue;
    const circles = Array.from(plane.querySelectorAll('circle.member, circle.team'), (c) => ({
      member: c.classList.contains('member'),
      x: Number(c.getAttribute('cx')),
      y: Number(c.getAttribute('cy')),
      r: Number(c.getAttribute('r')),
    }));
    circles.forEach((dot, i) => {
      const covered = dot.member && circles.slice(i + 1)
        .some((c) => !c.member && Math.hypot(c.x - dot.x, c.y - dot.y) < c.r + dot.r);
      if (covered) problems.push(`a member's dot under a numbered circle at (${dot.x}, ${dot.y}) on ${name(plane)}`);
    });
  }

  // From 1024 px on, every shown table cell is whole in sight: not cut by the window nor
  // by a box that scrolls or clips (a person does not see that a box scrolls).
  if (window.innerWidth >= 1024) {
    const right = document.documentElement.clientWidth;
    for (const cell of document.querySelectorAll('table th, table td')) {
      if (!shown(cell) || cell.closest('.visually-hidden, [hidden]')) continue;
      const r = cell.getBoundingClientRect();
      if (r.width === 0) continue;
      let cut = r.left < -0.5 || r.right > right + 0.5;
      for (let box = cell.parentElement; box && !cut; box = box.parentElement) {
        if (!/auto|scroll|hidden|clip/.test(getComputedStyle(box).overflowX)) continue;
        const b = box.getBoundingClientRect();
        cut = r.left < b.left - 0.5 || r.right > b.right + 0.5;
      }
      if (cut) {
        const table = cell.closest('table')!;
        problems.push(`table cell out of sight: "${(cell.textContent ?? '').trim().slice(0, 30)}" in ${name(table)}`);
      }
    }
  }

  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  if (overflow > 0) problems.push(`page wider than the window by ${overflow} px`);
  return problems;
}

/** Opens every folded table of differences between a member's two responses. */
async function showDifferences(p: Page) {
  for (const summary of await p.locator('.conflict-details:not([open]) > summary').all()) await summary.click();
  await expect(p.locator('.conflict-table').first()).toBeVisible();
}

/** Each page: how to get there from the previous one, in one browser; a step may find
 *  problems of its own. */
const pages: [string, (p: Page) => Promise<string[] | void>][] = [
  ['home', async (p) => { await new ScanPage(p).open('#/'); }],
  ['scan intro', async (p) => { await new ScanPage(p).open('#/scan'); }],
  ['scan step', async (p) => {
    const s = new ScanPage(p);
    await s.begin();
    await s.option(0, 4).check();
  }],
  ['dashboard', async (p) => {
    await new ScanPage(p).open('#/team');
    await p.getByTestId('demo-team').click();
    await p.getByTestId('trend').waitFor();
    await p.getByTestId('results-copy').click();
    await expect(p.getByTestId('results-status')).not.toBeEmpty();
  }],
  ['dashboard tables', async (p) => {
    await p.getByTestId('dashboard-tables').click();
    await p.getByTestId('team-table').waitFor();
    // At 360 px the team table is one card per theme: nothing of it scrolls.
    const cards = await p.getByTestId('team-table').evaluate((t) => getComputedStyle(t).display === 'block'
      && t.parentElement!.scrollWidth <= t.parentElement!.clientWidth + 1);
    // The trend's table is wider than the screen: its box scrolls by keyboard.
    const box = p.getByTestId('trend-table').locator('..');
    await box.focus();
    await expect(box).toBeFocused();
    await p.keyboard.press('ArrowRight');
    // Scrolling may be smooth: wait for the box to have moved (expect.poll's usual bound).
    const scrolled = await expect
      .poll(() => box.evaluate((el) => el === document.activeElement && el.scrollLeft > 0))
      .toBe(true)
      .then(() => true, () => false);
    return [
      ...(cards ? [] : ['the team table is no card per theme at 360 px']),
      ...(scrolled ? [] : ['the trend table does not scroll sideways by keyboard']),
    ];
  }],
  // Every column of "Per thema", over the whole width (the rest of the steps keep it).
  ['dashboard all columns', async (p) => {
    await p.getByTestId('dashboard-tables').click();
    // A phone shows every column already, one card per theme: no switch there.
    await expect(p.getByTestId('team-columns-switch')).toBeHidden();
    await p.setViewportSize({ width: 1024, height: 900 });
    await p.getByTestId('team-columns-switch').click();
    await expect(p.getByTestId('team-columns-switch')).toHaveAttribute('aria-pressed', 'true');
  }],
  ['dashboard print', async (p) => {
    await p.emulateMedia({ media: 'print' });
  }],
  // The one-page summary, as its button prints it (a headless browser has no dialog).
  ['summary print', async (p) => {
    await p.emulateMedia({ media: 'screen' });
    await p.evaluate(() => { window.print = () => {}; });
    await p.getByTestId('print-summary').click();
    await p.emulateMedia({ media: 'print' });
  }],
  ['results link', async (p) => {
    await p.emulateMedia({ media: 'screen' });
    await p.evaluate(() => document.documentElement.removeAttribute('data-print'));
    const link = await p.getByTestId('results-link').inputValue();
    await p.goto(link);
    await new ScanPage(p).ready();
    await p.getByTestId('read-only-note').waitFor();
    // The demo round's link carries last round's actions and the earlier rounds.
    await p.getByTestId('agreed-actions').waitFor();
    await p.getByTestId('trend').waitFor();
  }],
  ['team page', async (p) => { await new ScanPage(p).open('#/team'); }],
  ['round page', async (p) => {
    await p.getByTestId('team-card').first().locator('.round-list a').first().click();
    await p.getByTestId('round-page').waitFor();
    await p.getByTestId('invite-copy').click();
    await expect(p.getByTestId('invite-status')).not.toBeEmpty();
    await new Facilitator(p).paste(PASTED);
    await p.getByTestId('conflict-view').waitFor();
    await showDifferences(p);
  }],
  ['open-link page', async (p) => {
    const f = new Facilitator(p);
    await f.open('#/open');
    await f.paste(PASTED);
    await p.getByTestId('import-row').first().waitFor();
    await showDifferences(p);
  }],
  // The start page once this browser keeps teams and an own scan (begun above).
  ['home with teams and scan', async (p) => {
    await new ScanPage(p).open('#/');
    await p.getByTestId('my-teams').waitFor();
    await p.getByTestId('own-scan').waitFor();
  }],
  ['own result with the overview of answers', async (p) => {
    const s = new ScanPage(p);
    await s.open('#/scan');
    await s.answerWholeScan((step, i) => ((step + i) % 7) + 1);
    await s.openOverview();
  }],
  // The team meeting on the projector, for the demo team's newest round (its round
  // before agreed actions): each screen in turn.
  ['present: who answered', async (p) => {
    const newest = await p.evaluate(() => {
      const rounds: { id: string; date_days: number }[] = JSON.parse(localStorage.getItem('teambalans')!).teams.rounds;
      return rounds.reduce((a, b) => (b.date_days > a.date_days ? b : a)).id;
    });
    await new ScanPage(p).open(`#/round/${newest}/present`);
    await p.getByTestId('present-answered').waitFor();
  }],
  ...[2, 3, 4, 5, 6, 7, 8].map((n): [string, (p: Page) => Promise<void>] => [`present: screen ${n}`, async (p) => {
    const next = p.getByTestId('present-next');
    if (await next.isEnabled()) {
      await next.click();
      await expect(p.getByTestId('present-position')).toContainText(` ${n} `);
    }
  }]),
  ['organisations', async (p) => { await new ScanPage(p).open('#/org'); }],
  // Four teams (one with too few answers), two layers, and a line that is no link.
  ['organisation', async (p) => {
    await p.getByTestId('org-name').fill('Zorggroep De Linde');
    await p.getByTestId('org-create').click();
    await p.getByTestId('org-paste-field').fill([...ORG_LINKS, 'hallo'].join('\n'));
    await p.getByTestId('org-paste-button').click();
    const team = (name: string) => p.getByTestId('org-team').filter({ hasText: name }).getByTestId('org-layer');
    await team('Directie').selectOption('1');
    await team('Team Noord').selectOption('2');
    await p.getByTestId('org-gap').first().waitFor();
  }],
  ['organisation tables', async (p) => {
    await p.getByTestId('org-tables').click();
    await p.getByTestId('org-strips-table').waitFor();
  }],
  ['organisation print', async (p) => {
    await p.emulateMedia({ media: 'print' });
  }],
];

for (const language of ['nl', 'en'] as const) {
  test(`every page holds at every width (${language})`, async ({ browser, baseURL }) => {
    test.setTimeout(150_000);
    const context = await browser.newContext({ locale: 'nl-NL', baseURL, viewport: { width: WIDTHS[0], height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const app = new ScanPage(page);
    await app.open('#/');
    // The language switch; the choice is kept for every page after it.
    await app.language(language).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    const found: string[] = [];
    for (const [name, go] of pages) {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      found.push(...((await go(page)) ?? []).map((p) => `${name} @ ${WIDTHS[0]}px: ${p}`));
      const widths = name.includes('print') ? [PRINT_WIDTH] : WIDTHS;
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        // The page has laid itself out at this width (its resize observers have run).
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const problems = await page.evaluate(layoutProblems);
        found.push(...[...new Set(problems)].map((p) => `${name} @ ${width}px: ${p}`));
      }
    }
    await context.close();
    expect(found).toEqual([]);
  });
}
