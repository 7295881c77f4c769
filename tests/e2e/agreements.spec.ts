import { expect, test, type Page } from './fixtures/test';
import { readFileSync } from 'node:fs';
import { csvExport, readCsv } from './fixtures/exports';
import { ScanPage } from './fixtures/scan-page';

/** A team of two version 2 rounds, three members each: the spring round agreed two
 * actions (one done, one partly by autumn), the autumn round one (open). */
function teamWithAgreements(): string {
  const v2 = (d: string) => d.repeat(72);
  const round = (id: string, title: string, days: number, answers: string[], actions: object[]) => ({
    id, team: '0a0b0c0d0e0f', title, date_days: days, ask_desired: false, min_group: 3, instrument: 2,
    created_at: 1795300000000 + days, origin: 'created',
    responses: answers.map((now, i) => ({
      member: `b${i}b${i}b${i}b${i}b${i}b${i}`, revision: 1400000 + i, now, added_at: 1795300002000,
      trade_offs: Array(9).fill([3 + i, null]),
    })),
    actions,
  });
  const action = (created_at: number, who: string, what: string, status: string, dimension?: number) => ({
    created_at, who, what, status, updated_at: created_at + 1,
    ...(dimension ? { dimension, by_days: 20420 } : {}),
  });
  return JSON.stringify({
    schema_version: 3,
    teams: {
      teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats', created_at: 1795300000000 }],
      rounds: [
        round('111111111111', 'Spring', 20300, [v2('4'), v2('2'), v2('5')], [
          action(1795300010000, 'Anouk', 'Call one customer every Monday', 'done', 1),
          action(1795300020000, '', 'Retro <b>every other week</b>', 'partly'),
        ]),
        round('555555555555', 'Autumn', 20415, [v2('4'), v2('3'), v2('2')], [
          action(1795300030000, 'Mo', 'Put decisions on the board', 'open', 3),
        ]),
      ],
    },
  });
}

async function seed(page: Page) {
  const app = new ScanPage(page);
  await app.open('#/');
  await page.evaluate((doc) => localStorage.setItem('teambalans', doc), teamWithAgreements());
  await page.reload();
  await app.ready();
  return app;
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/** Pages in a PDF: its `/Type /Page` objects (not `/Pages`). */
function pages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Prints the one-page summary as its button does, into a PDF. The print dialog is
 * replaced (a headless browser has none): the page keeps its summary mark until
 * printing ends, which `page.pdf` says with an `afterprint` event. */
async function summaryPdf(page: Page, path: string): Promise<Buffer> {
  await page.evaluate(() => { window.print = () => {}; });
  await page.getByTestId('print-summary').click();
  await expect(page.locator('html')).toHaveAttribute('data-print', 'summary');
  const pdf = await page.pdf({ format: 'A4', path });
  // Printed: the next print is the full report again.
  await expect(page.locator('html')).not.toHaveAttribute('data-print', 'summary');
  return pdf;
}

/** The largest round the one-page summary must hold: version 3, five own statements of
 * the longest kind, 20 actions of 80 characters agreed last round (reviewed now) and 20
 * this round, long names of who does it. */
function largestRound(): string {
  const v3 = (d: string) => d.repeat(72);
  const own = [
    'We spreken elkaar aan als een afspraak niet wordt nagekomen, ook de leiding',
    'Besluiten zijn na het overleg voor iedereen helder en worden ook echt uitgevoerd',
    'Nieuwe collega’s weten binnen een maand bij wie ze met welke vraag terecht kunnen',
    'We vieren wat goed ging voordat we beginnen over wat er de volgende keer beter moet',
    'Wie een idee heeft voor beter werken, krijgt daar tijd voor naast het gewone werk',
  ];
  const what = (i: number) => `Actie ${String(i + 1).padStart(2, '0')}: ${'elke week één klant bellen en wat we horen op het bord zetten voor het team'.slice(0, 70)}`.padEnd(80, '.');
  const action = (created_at: number, i: number, status: string) => ({
    created_at, who: 'Anne-Marije van den Broek', what: what(i), status, updated_at: created_at + 1, dimension: 1 + (i % 9), by_days: 20420,
  });
  const round = (id: string, title: string, days: number, actions: object[]) => ({
    id, team: '0a0b0c0d0e0f', title, date_days: days, ask_desired: false, min_group: 3, instrument: 3,
    created_at: 1795300000000 + days, origin: 'created', own_statements: own,
    responses: ['4', '2', '5', '3'].map((d, i) => ({
      member: `b${i}b${i}b${i}b${i}b${i}b${i}`, revision: 1400000 + i, now: v3(d), added_at: 1795300002000,
      trade_offs: Array(9).fill([3 + i, null]), own: '12345'.slice(i) + '12345'.slice(0, i),
    })),
    actions,
  });
  const statuses = ['done', 'partly', 'open', 'dropped'];
  return JSON.stringify({
    schema_version: 6,
    teams: {
      teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats Noord-Oost', created_at: 1795300000000 }],
      rounds: [
        round('111111111111', 'Voorjaar', 20300, Array.from({ length: 20 }, (_, i) => action(1795300010000 + i, i, statuses[i % 4]))),
        round('555555555555', 'Najaar', 20415, Array.from({ length: 20 }, (_, i) => action(1795300050000 + i, i + 20, 'open'))),
      ],
    },
  });
}

for (const [locale, t] of [
  ['en-GB', {
    review: 'Agreements from last time', done: 'done', partly: 'partly done', open: 'still open', reviewCounts: '1 done · 1 partly done',
    summary: 'Summary on one A4 page', demoTitle: 'Autumn',
  }],
  ['nl-NL', {
    review: 'Afspraken van de vorige keer', done: 'gedaan', partly: 'deels gedaan', open: 'loopt nog', reviewCounts: '1 gedaan · 1 deels gedaan',
    summary: 'Samenvatting op één A4', demoTitle: 'Najaar',
  }],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });

    test(`the results link shows the actions with their follow-up and the trend; exports and print carry them (${locale})`, async ({ page, browser }) => {
      await seed(page);
      const app = new ScanPage(page);
      await app.open('#/round/555555555555/results');
      await expect(page.getByTestId('action-review')).toHaveCount(2);

      // Print: each of last round's actions says how far it got, in words.
      await page.emulateMedia({ media: 'print' });
      const followUps = page.getByTestId('action-review').getByTestId('action-follow-up');
      await expect(followUps).toHaveText([t.done, t.partly]);
      await expect(followUps.first()).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      await expect(followUps.first()).toBeHidden();

      // CSV and JSON: the actions with their follow-up, after the answers.
      const csv = await csvExport(page);
      expect(Object.keys(csv.files)).toEqual(['answers.csv', 'themes.csv', 'actions.csv', 'trend.csv']);
      const sep = locale === 'nl-NL' ? ';' : ',';
      expect(readCsv(csv.files['answers.csv'], sep)).toHaveLength(1 + 3 * 72);
      const actionRows = readCsv(csv.files['actions.csv'], sep);
      expect(actionRows).toHaveLength(4);
      expect(actionRows[1].slice(0, 3)).toEqual(['previous_round', '2025-07-31', 'done']);
      expect(actionRows[1]).toContain('Call one customer every Monday');
      expect(actionRows[2][2]).toBe('partly');
      expect(actionRows[3][0]).toBe('this_round');
      expect(actionRows[3]).toContain('Put decisions on the board');
      expect(readCsv(csv.files['trend.csv'], sep)).toHaveLength(1 + 9);
      const json = JSON.parse(await download(page, 'export-json'));
      expect(json.respondents).toHaveLength(3);
      expect(json.actions).toEqual([
        { who: 'Mo', what: 'Put decisions on the board', by: '2025-11-28', dimension: 3, status: 'open' },
      ]);
      expect(json.previous_actions.actions.map((a: { status: string }) => a.status)).toEqual(['done', 'partly']);
      expect(json.trend).toHaveLength(1);
      expect(json.trend[0].dimensions).toHaveLength(9);

      // The results link, in a browser that has none of this: actions and trend.
      const resultsLink = await page.getByTestId('results-link').inputValue();
      const context = await browser.newContext({ locale });
      const viewer = await context.newPage();
      await viewer.goto(resultsLink);
      await expect(viewer.getByTestId('read-only-note')).toBeVisible();
      const agreed = viewer.getByTestId('agreed-actions');
      await expect(agreed).toContainText(t.review);
      const review = agreed.getByTestId('agreed-review').getByTestId('agreed-action');
      await expect(review).toHaveCount(2);
      await expect(review.first()).toContainText('Anouk — Call one customer every Monday');
      await expect(review.getByTestId('action-follow-up')).toHaveText([t.done, t.partly]);
      // User text stays text.
      await expect(review.nth(1)).toContainText('Retro <b>every other week</b>');
      await expect(review.nth(1).locator('b')).toHaveCount(0);
      const current = agreed.getByTestId('agreed-this-round').getByTestId('agreed-action');
      await expect(current).toHaveCount(1);
      await expect(current).toContainText('Mo — Put decisions on the board');
      await expect(current.getByTestId('action-follow-up')).toHaveText(t.open);
      const trend = viewer.getByTestId('trend');
      await expect(trend.locator('figure')).toHaveCount(9);
      // Theme, figure (side or spread), and one column per round.
      await expect(trend.getByTestId('trend-table').locator('thead th')).toHaveCount(4);
      // The link carries each earlier round's spread too: three rows per theme, and
      // every spread row has a figure in both rounds.
      const rows = trend.getByTestId('trend-table').locator('tbody tr');
      await expect(rows).toHaveCount(27);
      for (const row of await rows.all()) await expect(row.locator('td').last()).not.toHaveText(/^\s*[–-]?\s*$/);
      // Nothing to edit, nothing stored.
      await expect(viewer.getByTestId('actions')).toHaveCount(0);
      expect(await viewer.evaluate(() => localStorage.getItem('teambalans'))).toBeNull();
      await context.close();
    });

    test(`the summary prints on exactly one A4, for a version 2 round and for the demo round (${locale})`, async ({ page }) => {
      await seed(page);
      const app = new ScanPage(page);
      await app.open('#/round/555555555555/results');
      await expect(page.getByTestId('print-summary')).toHaveText(t.summary);
      // The full report is several pages; the summary one.
      const full = await page.pdf({ format: 'A4' });
      expect(pages(full)).toBeGreaterThanOrEqual(2);
      const summary = await summaryPdf(page, test.info().outputPath(`summary-${locale}.pdf`));
      expect(pages(summary)).toBe(1);
      // On paper: the plane, the three talking points, the agreed actions; no trend.
      await page.getByTestId('print-summary').click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('zone-plane')).toBeVisible();
      await expect(page.getByTestId('most-disagreed').getByTestId('talking-point')).toHaveCount(3);
      await expect(page.getByTestId('most-disagreed').getByTestId('talking-point').first()).toBeVisible();
      await expect(page.getByTestId('action').first()).toBeVisible();
      // Last round's actions as their counts per status, this round's listed.
      await expect(page.getByTestId('action-review').first()).toBeHidden();
      await expect(page.getByTestId('review-counts')).toHaveText(t.reviewCounts);
      await expect(page.getByTestId('trend')).toBeHidden();
      await expect(page.getByTestId('team-table-members')).toBeHidden();
      // Back to no emulation: after an explicit 'screen', page.pdf would print the screen.
      await page.emulateMedia({ media: null });

      // The demo round.
      await app.open('#/team');
      await page.getByTestId('demo-team').click();
      await expect(page.locator('h1')).toHaveText(t.demoTitle);
      const demo = await summaryPdf(page, test.info().outputPath(`summary-demo-${locale}.pdf`));
      expect(pages(demo)).toBe(1);
    });

    test(`the summary of the largest round still prints on one A4 (${locale})`, async ({ page }) => {
      const app = new ScanPage(page);
      await app.open('#/');
      await page.evaluate((doc) => localStorage.setItem('teambalans', doc), largestRound());
      await page.reload();
      await app.ready();
      await app.open('#/round/555555555555/results');
      await expect(page.getByTestId('own-statement-row')).toHaveCount(5);
      await expect(page.getByTestId('action-review')).toHaveCount(20);
      await expect(page.getByTestId('action')).toHaveCount(20);
      const summary = await summaryPdf(page, test.info().outputPath(`summary-largest-${locale}.pdf`));
      expect(pages(summary)).toBe(1);
      // The exports carry the own statements as the screen shows them.
      const sep = locale === 'nl-NL' ? ';' : ',';
      const own = readCsv((await csvExport(page)).files['own_statements.csv'], sep);
      expect(own).toHaveLength(1 + 5);
      const shown = await page.getByTestId('own-statement-row').evaluateAll((rows) => rows.map((r) => [
        r.querySelector('th')!.textContent, r.querySelector('[data-testid=own-mean]')!.textContent,
        r.querySelector('[data-testid=own-spread]')!.textContent,
      ]));
      expect(own.slice(1).map((row) => row.slice(0, 3))).toEqual(shown);
      const json = JSON.parse(await download(page, 'export-json'));
      expect(json.own_statements.map((o: { statement: string }) => o.statement)).toEqual(shown.map((r) => r[0]));
    });
  });
}
