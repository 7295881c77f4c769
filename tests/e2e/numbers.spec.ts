import { expect, test } from './fixtures/test';
import { ScanPage } from './fixtures/scan-page';
import { csvExport, readCsv } from './fixtures/exports';

/** A team with two version 1 rounds in which everyone sees both sides grow: spring
 * "a little" (twice) and "partly", autumn "largely" (twice) and "completely". Rhineland
 * minus Anglo-Saxon stays 0; both sides go from 33 to 83 and the spread stays 12
 * (members at 25, 25, 50 and at 75, 75, 100: a standard deviation of 11.8). */
function teamGrowingOnBothSides(): string {
  const v1 = (d: string) => d.repeat(40);
  const round = (id: string, title: string, days: number, answers: string[]) => ({
    id, team: '0a0b0c0d0e0f', title, date_days: days, ask_desired: false, min_group: 3, instrument: 1,
    created_at: 1795300000000 + days, origin: 'created',
    responses: answers.map((now, i) => ({
      member: `a${i}a${i}a${i}a${i}a${i}a${i}`, revision: 1400000 + i, now, added_at: 1795300002000,
    })),
  });
  return JSON.stringify({
    schema_version: 3,
    teams: {
      teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats', created_at: 1795300000000 }],
      rounds: [
        round('111111111111', 'Spring', 20300, [v1('2'), v1('2'), v1('3')]),
        round('222222222222', 'Autumn', 20415, [v1('4'), v1('4'), v1('5')]),
      ],
    },
  });
}

const words = {
  'en-GB': {
    anglo: 'Anglo-Saxon', rhine: 'Rhineland', spread: 'Spread', goals: 'Goals',
    legend: ['Solid line: Anglo-Saxon', 'Dashed line: Rhineland', 'Dotted line: spread'],
    spreadFigure: 'spread 12', strongFrom: 'strong from 63', never: 'Not at all', always: 'Completely',
    barsKey: 'Coloured bars: how many people gave each answer.', notHere: /Wanted|σ/,
  },
  'nl-NL': {
    anglo: 'Angelsaksisch', rhine: 'Rijnlands', spread: 'Spreiding', goals: 'Doelen',
    legend: ['Doorgetrokken lijn: Angelsaksisch', 'Gestreepte lijn: Rijnlands', 'Stippellijn: spreiding'],
    spreadFigure: 'spreiding 12', strongFrom: 'sterk vanaf 63', never: 'Helemaal niet', always: 'Helemaal',
    barsKey: 'Gekleurde balkjes: hoeveel mensen elk antwoord gaven.', notHere: /[Gg]ewenst|σ/,
  },
} as const;

for (const locale of ['en-GB', 'nl-NL'] as const) {
  const w = words[locale];
  test.describe(locale, () => {
    test.use({ locale });

    test(`a team that grows on both sides sees both sides and the spread move, explained (${locale})`, async ({ page }) => {
      const app = new ScanPage(page);
      await app.open('#/');
      await page.evaluate((doc) => localStorage.setItem('teambalans', doc), teamGrowingOnBothSides());
      await page.reload();
      await app.ready();
      await app.open('#/round/222222222222/results');
      const trend = page.getByTestId('trend');
      // The legend says which line is which, as drawn.
      await expect(trend.getByTestId('trend-legend').locator('.key')).toHaveText([...w.legend]);
      // Per dimension both sides and the spread, first → last round, never only R − A.
      const goals = trend.locator('figure[data-dimension="5"]');
      await expect(goals.getByTestId('trend-moves').locator('li')).toHaveText([
        `${w.anglo} 33 → 83`, `${w.rhine} 33 → 83`, `${w.spread} 12 → 12`,
      ]);
      await expect(trend.getByTestId('trend-moves')).toHaveCount(10);
      // The chart's accessible name says the same.
      await expect(goals.getByRole('img')).toHaveAccessibleName(
        `${w.goals}: ${w.anglo} 33 → 83, ${w.rhine} 33 → 83, ${w.spread} 12 → 12`);
      // The table alternative: a row per side and one for the spread, a column per round.
      await page.getByTestId('dashboard-tables').click();
      const table = trend.getByTestId('trend-table');
      await expect(table).toBeVisible();
      const rows = table.locator('tbody[data-dimension="5"] tr');
      await expect(rows).toHaveCount(3);
      await expect(rows.nth(0).locator('td')).toHaveText(['33', '83']);
      await expect(rows.nth(1).locator('th')).toHaveText(w.rhine);
      await expect(rows.nth(1).locator('td')).toHaveText(['33', '83']);
      await expect(rows.nth(2).locator('th')).toHaveText(w.spread);
      await expect(rows.nth(2).locator('td')).toHaveText(['12', '12']);
      await expect(rows.nth(0).locator('th')).toHaveText([w.goals, w.anglo]);
      await page.getByTestId('dashboard-tables').click();

      // The dashed lines on the plane say what they are: version 1's cut, 62.5, as shown.
      await expect(page.getByTestId('zone-plane').getByTestId('threshold-label')).toHaveText(w.strongFrom);
      // Talking points: the spread in words, one scale, and a legend for the colour bars.
      const points = page.getByTestId('most-disagreed').getByTestId('talking-point');
      await expect(points.first().locator('.figure')).toHaveText(w.spreadFigure);
      const legend = page.getByTestId('histogram-legend');
      await expect(legend).toContainText(w.barsKey);
      await expect(legend.locator('.key')).toHaveCount(5);
      await expect(legend.locator('.key').first()).toHaveText(w.never);
      await expect(legend.locator('.key').last()).toHaveText(w.always);
      // Each colour bar is named by the answers, as in the legend.
      await expect(points.first().locator('svg.histogram').first()).toHaveAccessibleName(new RegExp(`^${w.never}: \\d+, `));
      await expect(page.locator('main')).not.toContainText(w.notHere);
    });

    test(`the current version's dashboard names its lines and the spread, one term for where we want to be (${locale})`, async ({ page }) => {
      const app = new ScanPage(page);
      await app.open('#/team');
      await page.getByTestId('demo-team').click();
      await expect(page.getByTestId('dashboard')).toBeVisible();
      // A side is strong only beyond its margin: the line marks the middle, as the hint says.
      await expect(page.getByTestId('zone-plane').getByTestId('threshold-label')).toHaveText(locale === 'en-GB' ? 'middle: 50' : 'midden: 50');
      await expect(page.getByTestId('zone-cut')).toContainText(locale === 'en-GB' ? 'dashed lines' : 'gestreepte lijnen');
      // Every trend chart shows both sides and the spread, in steps of 5.
      const moves = page.getByTestId('trend').getByTestId('trend-moves');
      await expect(moves).toHaveCount(9);
      await expect(moves.first().locator('li')).toHaveText([
        new RegExp(`^${w.anglo} \\d*[05] → \\d*[05]$`),
        new RegExp(`^${w.rhine} \\d*[05] → \\d*[05]$`),
        new RegExp(`^${w.spread} \\d*[05] → \\d*[05]$`),
      ]);
      const spread = page.getByTestId('most-disagreed').getByTestId('talking-point').locator('.figure');
      await expect(spread.first()).toHaveText(new RegExp(`^(${w.spreadFigure.replace(' 12', '')} \\d*[05]|${locale === 'en-GB' ? 'divided' : 'verdeeld'})$`));
      await expect(page.getByTestId('histogram-legend').locator('.key').first()).toHaveText(locale === 'en-GB' ? 'almost never' : 'bijna nooit');
      // "Where we want to be" is one term, in the table too.
      await page.getByTestId('dashboard-tables').click();
      await expect(page.locator('main')).not.toContainText(w.notHere);
    });
  });
}

/** Two version 3 rounds. In spring the four members lie 12.497 points apart on
 * Richting/Direction (theme 7): shown in steps of 5 that is 10, while its tenths (12.5)
 * would show 15 — what a results link of format 5 did. Its sides are 40.6 and 62.5,
 * shown 40 and 65. Autumn is any round after it. */
function spreadJustBelowHalfway(): string {
  const spring = [
    '525353521335414415211433554335143133213434531553521343413433123433354453',
    '211335314341542351412434533135244132235223145133115154322113353351133111',
    '244524241223414513455425421151133323244445522511534234134341211445225221',
    '112124145243545421322525321211415511444211224333413231115121523113423125',
  ];
  const autumn = ['4', '2', '5', '3'].map((d) => d.repeat(72));
  const round = (id: string, title: string, days: number, answers: string[]) => ({
    id, team: '0a0b0c0d0e0f', title, date_days: days, ask_desired: false, min_group: 3, instrument: 3,
    created_at: 1795300000000 + days, origin: 'created',
    responses: answers.map((now, i) => ({
      member: `d${i}d${i}d${i}d${i}d${i}d${i}`, revision: 1400000 + i, now, added_at: 1795300002000,
      trade_offs: Array(9).fill([5, null]),
    })),
  });
  return JSON.stringify({
    schema_version: 6,
    teams: {
      teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats', created_at: 1795300000000 }],
      rounds: [
        round('111111111111', 'Voorjaar', 20300, spring),
        round('222222222222', 'Najaar', 20415, autumn),
      ],
    },
  });
}

for (const locale of ['nl-NL', 'en-GB'] as const) test.describe(`one value ${locale}`, () => {
  test.use({ locale });
  test(`one figure, one value: a spread just below halfway reads the same on screen, in print, in the exports and through the results link (${locale})`, async ({ page, browser }) => {
    const sep = locale === 'nl-NL' ? ';' : ',';
    const theme = locale === 'nl-NL' ? 'Richting' : 'Direction';
    const app = new ScanPage(page);
    await app.open('#/');
    await page.evaluate((doc) => localStorage.setItem('teambalans', doc), spreadJustBelowHalfway());
    await page.reload();
    await app.ready();
    // The first figure of a cell ("40 ± 5" reads 40).
    const number = async (cell: import('@playwright/test').Locator) => (await cell.innerText()).trim().split(/\s/)[0];

    // Spring's own dashboard, "Per thema": 40, 65, spread 10; its print and its CSV.
    await app.open('#/round/111111111111/results');
    const row = page.locator('[data-testid="team-dimension-members"][data-dimension="7"]');
    const spreadCell = row.locator('td').nth(3);
    const onScreen = [
      await number(row.getByTestId('team-anglo-members')),
      await number(row.getByTestId('team-rhine-members')),
      await number(spreadCell),
    ];
    expect(onScreen).toEqual(['40', '65', '10']);
    await page.emulateMedia({ media: 'print' });
    await expect(spreadCell).toBeVisible();
    expect(await number(spreadCell)).toBe('10');
    await page.emulateMedia({ media: null });
    const springThemes = readCsv((await csvExport(page)).files['themes.csv'], sep);
    const springRow = springThemes.find((r) => r[0] === theme)!;
    expect([springRow[1], springRow[2], springRow[5]]).toEqual(onScreen);

    // Autumn's trend: spring as its dashboard showed it, on screen, in print, in the CSV.
    await app.open('#/round/222222222222/results');
    const trendRows = page.getByTestId('trend-table').locator('tbody[data-dimension="7"] tr');
    const springColumn = async (rows: import('@playwright/test').Locator) =>
      Promise.all(['anglo', 'rhine', 'spread'].map(async (line) => number(rows.and(page.locator(`[data-line="${line}"]`)).locator('td').first())));
    expect(await springColumn(trendRows)).toEqual(onScreen);
    await page.emulateMedia({ media: 'print' });
    await expect(trendRows.first()).toBeVisible();
    expect(await springColumn(trendRows)).toEqual(onScreen);
    await page.emulateMedia({ media: null });
    const trendCsv = readCsv((await csvExport(page)).files['trend.csv'], sep);
    const trendRow = trendCsv.find((r) => r[2] === theme)!;
    expect(trendRow.slice(3)).toEqual(onScreen);

    // The results link, opened in a browser that has none of this.
    const link = await page.getByTestId('results-link').inputValue();
    const other = await browser.newContext({ locale });
    const reader = await other.newPage();
    await reader.goto(link);
    await expect(reader.getByTestId('read-only-note')).toBeVisible();
    const readRows = reader.getByTestId('trend-table').locator('tbody[data-dimension="7"] tr');
    const readColumn = await Promise.all(['anglo', 'rhine', 'spread'].map(async (line) =>
      number(readRows.and(reader.locator(`[data-line="${line}"]`)).locator('td').first())));
    expect(readColumn).toEqual(onScreen);
    await other.close();
  });
});
