import { expect, isoDay, test, type Page } from './fixtures/test';
import { readFileSync } from 'node:fs';
import { csvExport, readCsv } from './fixtures/exports';
import { answerInvite, Facilitator, person } from './fixtures/round-pages';
import { ScanPage } from './fixtures/scan-page';

test.use({ locale: 'en-GB' });

test('the demo team opens a full dashboard in one click, clearly labelled, and can be deleted', async ({ page }) => {
  const app = new ScanPage(page);
  await app.open('#/team');
  await page.getByTestId('demo-team').click();
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard).toBeVisible();
  // Its rounds are titled in the language the app is read in.
  await expect(page.locator('h1')).toHaveText('Autumn');
  // The demo asks the current version: the members' distances come before the zone, so
  // a split dimension reads as divided, never as its mean.
  await expect(page.getByTestId('team-reading')).toContainText('Taken together, the team sees itself as');
  await expect(page.getByTestId('team-reading')).toContainText('Divided in Direction');
  await expect(page.getByTestId('team-dimension-members')).toHaveCount(9);
  await expect(page.locator('[data-testid=team-dimension-members][data-dimension="7"]')).toHaveAttribute('data-zone', 'divided');
  await expect(page.getByTestId('zone-cut')).toContainText('50');
  // Each team mean with its uncertainty, and agreement where α would claim too much.
  await expect(page.getByTestId('team-margin-hint')).toContainText('1.5');
  await expect(page.getByTestId('agreement-explain')).toContainText('0.7');
  await expect(page.getByTestId('consistency')).toHaveCount(0);
  await expect(page.getByTestId('most-disagreed').getByTestId('talking-point')).toHaveCount(3);
  await expect(page.getByTestId('largest-gaps').getByTestId('talking-point')).toHaveCount(3);
  await expect(page.getByTestId('most-disagreed').getByTestId('talking-point').first()).toContainText('Direction');
  await expect(page.getByTestId('talking-point').first()).toContainText('Which recent decision worked well in practice?');
  await expect(page.getByTestId('trend').locator('figure')).toHaveCount(9);
  await expect(page.getByTestId('trend-break')).toHaveCount(0);
  // Theme, figure (side or spread), and one column per round.
  await expect(page.getByTestId('trend-table').locator('thead th')).toHaveCount(5);
  // The autumn round looks back on the summer round's agreements.
  const review = page.getByTestId('action-review');
  await expect(review).toHaveCount(2);
  await review.nth(1).getByRole('button', { name: 'done', exact: true }).click();
  await expect(review.nth(1).getByRole('button', { name: 'done', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // A new action for this round.
  await page.getByTestId('action-what').fill('Ask one colleague a week how their work goes');
  await page.getByTestId('action-who').fill('Kim');
  await page.getByTestId('action-add').click();
  await expect(page.getByTestId('action')).toHaveText(['Kim — Ask one colleague a week how their work goes']);

  // Every chart has its table.
  await page.getByTestId('dashboard-tables').click();
  await expect(page.getByTestId('team-table')).toBeVisible();
  await expect(page.getByTestId('plane-table-members')).toBeVisible();
  await expect(page.getByTestId('zone-plane')).toBeHidden();

  await app.open('#/team');
  const card = page.getByTestId('team-card').filter({ has: page.getByTestId('demo-badge') });
  await expect(card).toContainText('Example, made-up answers');
  await card.getByTestId('delete-team').click();
  await card.getByTestId('delete-team-confirm').click();
  await expect(page.getByTestId('team-card')).toHaveCount(0);
});

/** Five members: three who see the Rhineland side often and the Anglo-Saxon side seldom,
 * two who see the opposite. Each is clearly in a zone, and the team is divided. */
async function fiveResponses(browser: any, invite: string): Promise<string[]> {
  const links: string[] = [];
  for (const rhineland of [true, true, true, false, false]) {
    const member = await person(browser);
    links.push(await answerInvite(member.page, invite, (_s, _i, info) =>
      (info.pole === 'rhine') === rhineland === (info.key === 'plus') ? 4 : 2));
    await member.context.close();
  }
  return links;
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path!, 'utf8') };
}

test('a round with five imported responses: overview, talking points, trend, exports, print, results link and backup', async ({ browser }) => {
  test.setTimeout(240_000);
  const lead = await person(browser);
  const page = lead.page;
  const facilitator = new Facilitator(page);

  // An earlier round of the same team, answered in session mode, for the trend.
  await facilitator.createRound('Werkplaats', 'Spring', { askDesired: false, date: isoDay(-120) });
  await page.getByTestId('start-session').click();
  const scan = new ScanPage(page);
  for (const level of [1, 2, 3]) {
    if (level > 1) await page.getByTestId('session-next').click();
    await scan.begin();
    for (let step = 0; step < 9; step++) {
      await scan.answerAll(level);
      await scan.next.click();
    }
  }
  await page.getByTestId('end-session').click();
  await page.getByTestId('end-session-confirm').click();
  await expect(page.getByTestId('respondent-count')).toHaveText('Answers received: 3');

  // This round: five responses by link.
  await page.goto(page.url().replace(/#.*/, '#/team'));
  const card = page.getByTestId('team-card');
  await card.getByTestId('new-round-toggle').click();
  await card.getByTestId('round-title').fill('Autumn');
  await card.getByTestId('round-date').fill(isoDay(0));
  await card.getByTestId('round-ask-desired').uncheck();
  await card.getByTestId('create-round').click();
  await expect(facilitator.heading).toHaveText('Autumn');
  const invite = await facilitator.inviteLink();
  const links = await fiveResponses(browser, invite);
  await facilitator.paste(links.join('\n'));
  await expect(page.getByTestId('respondent-count')).toHaveText('Answers received: 5');
  await expect(page.getByTestId('open-dashboard')).toHaveClass(/primary/);

  await page.getByTestId('open-dashboard').click();
  await expect(page.getByTestId('dashboard-count')).toHaveText('Answers: 5');
  // Three members on one side, two on the other: on every theme they lie far apart, so
  // every theme is divided, and the team is never placed at its mean.
  await expect(page.getByTestId('team-zone-members')).toHaveText(Array(9).fill('Divided'));
  await expect(page.getByTestId('team-reading')).toContainText('the answers lie far apart');
  // Five anonymous dots on the plane; no team mark for a divided team.
  await expect(page.locator('.zone-plane circle.member')).toHaveCount(5);
  await expect(page.locator('.zone-plane circle.team')).toHaveCount(0);
  await expect(page.getByTestId('most-disagreed').getByTestId('talking-point')).toHaveCount(3);
  await expect(page.getByTestId('largest-gaps')).toHaveCount(0);
  await expect(page.getByTestId('trend').locator('figure')).toHaveCount(9);
  await expect(page.getByTestId('trend-table').locator('thead th')).toHaveCount(4);

  // CSV and JSON, as the downloads hold them.
  const csv = await csvExport(page);
  expect(csv.name).toBe(`teambalans-werkplaats-${isoDay(0)}.zip`);
  // One table per file: the answers and the earlier round's team figures; no actions.
  expect(Object.keys(csv.files)).toEqual(['answers.csv', 'themes.csv', 'trend.csv']);
  const answerRows = readCsv(csv.files['answers.csv'], ',');
  expect(answerRows).toHaveLength(1 + 5 * 72);
  const trendRows = readCsv(csv.files['trend.csv'], ',');
  expect(trendRows).toHaveLength(1 + 9);
  expect(trendRows[0]).toEqual(['earlier_round', 'questionnaire', 'dimension', 'anglo_saxon', 'rhineland', 'spread']);
  expect(answerRows[0]).toEqual(['team', 'round', 'date', 'questionnaire', 'respondent', 'statement_id', 'dimension', 'dimension_code', 'pole', 'key', 'statement', 'now', 'now_text', 'desired', 'desired_text', 'trade_off_rhineland_now', 'trade_off_rhineland_desired']);
  const lines = csv.files['answers.csv'].trim().split('\r\n');
  // Version 3's statement 1, asked first.
  expect(lines[1]).toMatch(new RegExp(`^"Werkplaats","Autumn","${isoDay(0)}","3","1","1",`));
  const json = JSON.parse((await download(page, 'export-json')).text);
  expect(json.format).toBe('teambalans-round');
  expect(json.instrument).toBe(3);
  expect(json.respondents).toHaveLength(5);
  expect(json.respondents[0].answers).toHaveLength(72);
  expect(json.statements[0].text_nl).toBeTruthy();

  // Print: the tables are part of the printed page, and a PDF comes out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('team-table')).toBeVisible();
  await expect(page.getByTestId('zone-plane')).toBeVisible();
  await expect(page.getByTestId('results-out')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', path: test.info().outputPath('dashboard.pdf') });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  // The results link opens the same figures read-only in another browser.
  const resultsLink = await page.getByTestId('results-link').inputValue();
  expect(resultsLink).toMatch(/#\/s\/[A-Za-z0-9_-]+$/);
  const viewer = await person(browser);
  await viewer.page.goto(resultsLink);
  await expect(viewer.page.getByTestId('read-only-note')).toBeVisible();
  await expect(viewer.page.getByTestId('team-zone-members')).toHaveText(Array(9).fill('Divided'));
  await expect(viewer.page.getByTestId('actions')).toHaveCount(0);
  // The link carries the spring round's team figures: the same trend, read-only.
  await expect(viewer.page.getByTestId('trend').locator('figure')).toHaveCount(9);
  await expect(viewer.page.getByTestId('trend-table').locator('thead th')).toHaveCount(4);
  expect(await viewer.page.evaluate(() => localStorage.getItem('teambalans'))).toBeNull();
  await viewer.context.close();

  // Backup, then restore into a fresh browser: the same dashboard.
  await page.goto(page.url().replace(/#.*/, '#/team'));
  const backup = await download(page, 'backup-make');
  expect(backup.name).toMatch(/^teambalans-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const fresh = await person(browser);
  await fresh.page.goto(page.url());
  await fresh.page.getByTestId('backup-file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await expect(fresh.page.getByTestId('backup-contents')).toHaveText('This backup holds 1 team, 2 rounds, 8 responses and 0 actions.');
  await fresh.page.getByTestId('backup-restore').click();
  await expect(fresh.page.getByTestId('backup-restored')).toContainText('1 team, 2 rounds, 8 responses and 0 actions added');
  await fresh.page.getByTestId('round-link').first().click();
  await fresh.page.getByTestId('open-dashboard').click();
  await expect(fresh.page.getByTestId('team-zone-members')).toHaveText(Array(9).fill('Divided'));
  await expect(fresh.page.getByTestId('trend').locator('figure')).toHaveCount(9);
  // Restoring again adds nothing and overwrites nothing.
  await fresh.page.goto(page.url());
  await fresh.page.getByTestId('backup-file').setInputFiles({ name: backup.name, mimeType: 'application/json', buffer: Buffer.from(backup.text) });
  await fresh.page.getByTestId('backup-restore').click();
  await expect(fresh.page.getByTestId('backup-restored')).toContainText('0 teams, 0 rounds, 0 responses and 0 actions added');
  await fresh.page.getByTestId('backup-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(fresh.page.getByTestId('backup-error')).toContainText('not a Teambalans backup');
  await fresh.context.close();
  await lead.context.close();
});

test('below the minimum group size there are no team figures and no results link', async ({ page }) => {
  const facilitator = new Facilitator(page);
  await facilitator.createRound('Klein team', 'Two only', { askDesired: false, minGroup: 4 });
  // Nothing to show yet: the way to the dashboard is not the page's main button.
  await expect(page.getByTestId('open-dashboard')).not.toHaveClass(/primary/);
  await page.getByTestId('open-dashboard').click();
  await expect(page.getByTestId('dashboard-not-enough')).toContainText('(0 of 4)');
  await expect(page.getByTestId('team-overview-members')).toHaveCount(0);
  await expect(page.getByTestId('results-link')).toHaveCount(0);
  await expect(page.getByTestId('export-csv')).toHaveCount(0);
});

/** A team with a round asked in version 1 (stored before version 2) and one in version 2,
 * three responses each, as local storage holds them. */
function teamAcrossVersions(): string {
  const v1 = (d: string) => d.repeat(40);
  const v2 = (d: string) => d.repeat(72);
  const round = (id: string, title: string, days: number, instrument: number, answers: string[]) => ({
    id, team: '0a0b0c0d0e0f', title, date_days: days, ask_desired: false, min_group: 3, instrument,
    created_at: 1795300000000 + days, origin: 'created',
    responses: answers.map((now, i) => ({
      member: `a${i}a${i}a${i}a${i}a${i}a${i}`, revision: 1400000 + i, now, added_at: 1795300002000,
      ...(instrument === 2 ? { trade_offs: Array(9).fill([5, null]) } : {}),
    })),
  });
  return JSON.stringify({
    schema_version: 3,
    teams: {
      teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats', created_at: 1795300000000 }],
      rounds: [
        round('111111111111', 'Spring', 20300, 1, [v1('4'), v1('3'), v1('5')]),
        round('555555555555', 'Autumn', 20415, 2, [v2('4'), v2('3'), v2('2')]),
      ],
    },
  });
}

for (const [locale, breakText, v1Label] of [
  ['en-GB', 'From this round on a new questionnaire (version 2)', 'Questionnaire version 1'],
  ['nl-NL', 'Vanaf deze ronde een nieuwe vragenlijst (versie 2)', 'Vragenlijst versie 1'],
] as const) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`a trend across a version 1 and a version 2 round shows the break (${locale})`, async ({ page }) => {
      const app = new ScanPage(page);
      await app.open('#/');
      await page.evaluate((doc) => localStorage.setItem('teambalans', doc), teamAcrossVersions());
      await page.reload();
      await app.ready();
      // The version 1 round keeps its own dashboard: ten dimensions, its own scale.
      await app.open('#/round/111111111111/results');
      await expect(page.getByTestId('team-bars').locator('.team-bar-row')).toHaveCount(10);
      await expect(page.getByTestId('team-dimension-members')).toHaveCount(0);
      // The version 2 round: its own figures, and a trend that is never joined across.
      await app.open('#/round/555555555555/results');
      await expect(page.getByTestId('team-dimension-members')).toHaveCount(9);
      const trend = page.getByTestId('trend');
      // Said beside the charts and in their table.
      await expect(trend.getByTestId('trend-break')).toHaveCount(2);
      await expect(trend.getByTestId('trend-break').first()).toContainText(breakText);
      await expect(trend).toContainText(v1Label);
      await expect(trend.locator('figure[data-instrument="1"]')).toHaveCount(10);
      await expect(trend.locator('figure[data-instrument="2"]')).toHaveCount(9);
    });
  });
}

/** A team of eleven version 3 rounds, three answers each, a month apart. */
function elevenRounds(): string {
  const v3 = (d: string) => d.repeat(72);
  const rounds = Array.from({ length: 11 }, (_, n) => ({
    id: `${(n + 1).toString(16)}`.padStart(12, 'a'), team: '0a0b0c0d0e0f', title: `Ronde ${n + 1}`,
    date_days: 20000 + 30 * n, ask_desired: false, min_group: 3, instrument: 3,
    created_at: 1795300000000 + n, origin: 'created',
    responses: ['4', '2', '5'].map((d, i) => ({
      member: `c${i}c${i}c${i}c${i}c${i}c${i}`, revision: 1400000 + i, now: v3(d), added_at: 1795300002000,
      trade_offs: Array(9).fill([2 + ((n + i) % 8), null]),
    })),
  }));
  return JSON.stringify({
    schema_version: 6,
    teams: { teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats', created_at: 1795300000000 }], rounds },
  });
}

test('the trend table of eleven rounds shows every column it shows at 1024 px, and says when it scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 900 });
  const app = new ScanPage(page);
  await app.open('#/');
  await page.evaluate((doc) => localStorage.setItem('teambalans', doc), elevenRounds());
  await page.reload();
  await app.ready();
  await app.open('#/round/aaaaaaaaaaab/results');
  await page.getByTestId('dashboard-tables').click();
  const table = page.getByTestId('trend-table');
  await expect(table).toBeVisible();
  // The newest six rounds: theme, figure and six dates.
  await expect(table.locator('thead th')).toHaveCount(2 + 6);
  const cut = () => table.evaluate((t) => {
    const box = t.parentElement!.getBoundingClientRect();
    return [...t.querySelectorAll('th, td')].filter((c) => {
      const r = c.getBoundingClientRect();
      return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.right > innerWidth;
    }).length;
  });
  expect(await cut()).toBe(0);
  await expect(page.getByTestId('trend').getByTestId('scroll-hint')).toHaveCount(0);
  // All eleven on request: wider than the screen, and it says so.
  await page.getByTestId('trend-all-rounds').click();
  await expect(table.locator('thead th')).toHaveCount(2 + 11);
  await expect(page.getByTestId('trend').getByTestId('scroll-hint')).toBeVisible();
  await page.getByTestId('trend-all-rounds').click();
  await expect(table.locator('thead th')).toHaveCount(2 + 6);
});
