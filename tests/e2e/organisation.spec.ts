import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, settled, test } from './fixtures/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ScanPage } from './fixtures/scan-page';
import { csvExport, readCsv } from './fixtures/exports';

// Results links of four teams and an older round of one of them, written by
// `cargo run -p teambalans-core --example org_links` (crates/core/tests/org_book.rs checks they open as these teams):
// Directie (4 answers), Team Noord (5), Team Zuid (4), Klein team (2: enough for its own
// round, too few across teams) and Team Noord's older round.
const LINKS: Record<string, { team: string; link: string }> = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/org-links.json'), 'utf8'),
);
const link = (key: string) => LINKS[key].link;
const INVITE = readFileSync(join(__dirname, '../fixtures/links/v4.txt'), 'utf8')
  .split('\n')
  .find((l) => l.startsWith('invite '))!
  .split(' ')[1];

const TEXT = {
  'nl-NL': {
    tooFew: 'te weinig antwoorden',
    older: 'Een oudere ronde van dit team',
    invite: 'Dit is een uitnodiging, geen resultatenlink.',
    notALink: 'Dit is geen Teambalans-link.',
    prompt: 'Wat ziet de leiding dat het team niet ziet, en andersom?',
    divided: 'verdeeld', dividedHint: 'Een team dat verdeeld is over een dimensie',
    seed: 'Kleine dingen',
    counted: 'Teams die meetellen: 3, met samen 13 antwoorden.',
    gapsNone: 'Zodra twee lagen meetellen',
  },
  'en-GB': {
    tooFew: 'too few answers',
    older: 'An older round of this team',
    invite: 'This is an invite, not a results link.',
    notALink: 'This is not a Teambalans link.',
    prompt: 'What does management see that the team does not, and the other way round?',
    divided: 'divided', dividedHint: 'A team that is divided on a dimension',
    seed: 'Small things',
    counted: 'Teams that count: 3, with 13 answers together.',
    gapsNone: 'As soon as two layers count',
  },
};

/** Makes an organisation on `#/org` and ends on its page. */
async function makeOrganisation(page: Page, name: string) {
  await new ScanPage(page).open('#/org');
  await page.getByTestId('org-name').fill(name);
  await page.getByTestId('org-create').click();
  await expect(page.getByTestId('org-page')).toBeVisible();
  await expect(page.locator('#page-heading')).toHaveText(name);
}

async function paste(page: Page, text: string) {
  await page.getByTestId('org-paste-field').fill(text);
  await page.getByTestId('org-paste-button').click();
}

const team = (page: Page, name: string) => page.getByTestId('org-team').filter({ hasText: name });

for (const locale of ['nl-NL', 'en-GB'] as const) {
  const t = TEXT[locale];
  test.describe(locale, () => {
    test.use({ locale });

    test('three teams and a small one pasted into an organisation: no duplicates, layers, gap talking points, tables, exports, kept on reload and in a backup', async ({ page, browser }) => {
      test.setTimeout(120_000);
      // The way in from the start page.
      await new ScanPage(page).open('#/');
      await page.getByTestId('open-org').getByRole('link').click();
      await expect(page.getByTestId('org-list-page')).toBeVisible();
      await makeOrganisation(page, 'Zorggroep De Linde');
      await expect(page.getByTestId('org-empty')).toBeVisible();

      // All at once, with a line of text around them as a mail would have it.
      await paste(page, `Hier zijn ze:\n${link('management')}\n${link('north')}\n\n${link('south')} ${link('small')}`);
      const rows = page.getByTestId('org-paste-row');
      await expect(rows).toHaveCount(4);
      for (const row of await rows.all()) await expect(row).toHaveAttribute('data-result', 'added');
      await expect(page.getByTestId('org-team')).toHaveCount(4);
      await expect(page.getByTestId('org-paste-field')).toHaveValue('');

      // Once more: duplicated, out of order, an older round, an invite and a broken link.
      const broken = link('south').slice(0, -12);
      await paste(page, [link('small'), link('north_older'), link('south'), INVITE, link('management'), link('north'), link('north'), broken].join('\n'));
      await expect(rows).toHaveCount(8);
      await expect(rows.nth(0)).toHaveAttribute('data-result', 'already-there');
      await expect(rows.nth(1)).toHaveAttribute('data-result', 'older');
      await expect(rows.nth(1)).toContainText(t.older);
      await expect(rows.nth(3)).toHaveAttribute('data-result', 'not-results');
      await expect(rows.nth(3)).toContainText(t.invite);
      await expect(rows.nth(7)).toHaveAttribute('data-result', 'broken');
      // No team twice; what could not be used stays in the box, nothing else.
      await expect(page.getByTestId('org-team-name')).toHaveText(['Directie', 'Team Noord', 'Team Zuid', 'Klein team']);
      await expect(page.getByTestId('org-paste-field')).toHaveValue(`${INVITE}\n${broken}`);

      // Text without a link: each line is told so.
      await paste(page, 'hallo');
      await expect(rows).toHaveCount(1);
      await expect(rows).toContainText(t.notALink);

      // The small team: its name and "too few answers", nothing else, on no chart.
      const small = team(page, 'Klein team');
      await expect(small).toHaveAttribute('data-standing', 'too_few');
      await expect(small.getByTestId('org-team-detail')).toHaveText(t.tooFew);
      await expect(page.getByTestId('org-counted')).toHaveText(t.counted);
      await expect(page.locator('[data-testid=org-plane] .point-mark')).toHaveText(['1', '2', '3']);
      await expect(page.locator('[data-testid=org-plane] ellipse.spread')).toHaveCount(3);
      // One team is divided on the first dimension: no dot there, and the page says why.
      await expect(page.locator('.org-strip').first().locator('.strip-dot')).toHaveCount(2);
      await expect(page.getByTestId('org-divided-hint')).toContainText(t.dividedHint);
      await expect(page.getByTestId('org-differ-most')).toHaveCount(3);

      // Layers: no gap with one layer; with management and two teams, talking points.
      await expect(page.getByTestId('org-gaps-none')).toContainText(t.gapsNone);
      await team(page, 'Directie').getByTestId('org-layer').selectOption('1');
      await expect(page.getByTestId('org-gaps-none')).toBeVisible();
      await team(page, 'Team Noord').getByTestId('org-layer').selectOption('2');
      // By keyboard: the choice is saved and the focus stays on it.
      const south = team(page, 'Team Zuid').getByTestId('org-layer');
      await south.focus();
      await page.keyboard.press('ArrowDown');
      await expect(south).toHaveValue('1');
      await page.keyboard.press('ArrowDown');
      await expect(south).toHaveValue('2');
      await expect(south).toBeFocused();
      const gaps = page.getByTestId('org-gap');
      await expect(gaps).toHaveCount(5);
      await expect(page.getByTestId('org-gap-prompt').first()).toContainText(t.prompt);
      await expect(page.getByTestId('org-gap-seed')).toContainText(t.seed);

      // Every chart as a table.
      await expect(page.getByTestId('org-plane-table')).toBeHidden();
      await page.getByTestId('org-tables').click();
      await expect(page.getByTestId('zone-plane')).toBeHidden();
      await expect(page.getByTestId('org-plane-table').locator('tbody tr')).toHaveCount(3);
      await expect(page.getByTestId('org-strips-table').locator('tbody tr')).toHaveCount(9);
      await expect(page.getByTestId('org-strips-table').locator('thead th')).toHaveCount(5);
      await expect(page.getByTestId('org-strips-table').locator('tbody tr').first()).toContainText(t.divided);
      // TB_SHOTS=1 keeps the strips and their table for a person to look at (not part of the check).
      if (process.env.TB_SHOTS) await page.getByTestId('org-strips').screenshot({ path: `/tmp/shots/org-strips-${locale}.png` });
      await expect(page.getByTestId('org-strips-table')).not.toContainText('Klein team');
      await page.getByTestId('org-tables').click();
      await expect(page.getByTestId('zone-plane')).toBeVisible();

      // Exports: the small team by name only.
      // CSV: one table per file in one zip, each read back by a CSV parser.
      const orgCsv = await csvExport(page, 'org-export-csv');
      expect(orgCsv.name).toMatch(/^teambalans-organisatie-zorggroep-de-linde-\d{4}-\d{2}-\d{2}\.zip$/);
      expect(Object.keys(orgCsv.files)).toEqual(['teams.csv', 'gaps.csv']);
      const sep = locale === 'nl-NL' ? ';' : ',';
      const teamRows = readCsv(orgCsv.files['teams.csv'], sep);
      expect(teamRows.filter((r) => r.includes('Klein team'))).toHaveLength(1);
      const gapRows = readCsv(orgCsv.files['gaps.csv'], sep);
      expect(gapRows.slice(1).map((r) => r.at(-1))).toContain(t.prompt);
      // Each gap's differences are plain numbers a spreadsheet reads ("-5", not "−5").
      for (const row of gapRows.slice(1)) for (const cell of row.slice(3, 5)) expect(Number.isInteger(Number(cell))).toBe(true);
      const [jsonFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('org-export-json').click()]);
      const json = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8'));
      expect(json.format).toBe('teambalans-organisation');
      expect(json.teams.map((x: { status: string }) => x.status)).toEqual(['counted', 'counted', 'counted', 'too_few']);
      expect(json.teams[3].respondents).toBeNull();
      expect(json.gaps[0]).toMatchObject({ layer: 'team', compared_with: 'management' });

      // Print: the tables are on paper too, the paste box and buttons are not.
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByTestId('org-plane-table')).toBeVisible();
      await expect(page.getByTestId('org-paste-field')).toBeHidden();
      const pdf = await page.pdf({ format: 'A4', path: test.info().outputPath('organisation.pdf') });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });

      // Reload: the organisation, its teams and their layers are kept.
      await page.reload();
      await new ScanPage(page).ready();
      await expect(page.getByTestId('org-team-name')).toHaveText(['Directie', 'Team Noord', 'Team Zuid', 'Klein team']);
      await expect(team(page, 'Directie').getByTestId('org-layer')).toHaveValue('1');
      await expect(team(page, 'Team Zuid').getByTestId('org-layer')).toHaveValue('2');
      await expect(gaps).toHaveCount(5);
      await new ScanPage(page).open('#/org');
      await expect(page.getByTestId('org-link')).toHaveCount(1);
      await expect(page.getByTestId('org-link')).toContainText('Zorggroep De Linde');

      // A backup holds the organisation; restored in a fresh browser, it is all there.
      const [backupFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-make').click()]);
      const backup = readFileSync((await backupFile.path())!, 'utf8');
      expect(JSON.parse(backup).organisations.organisations).toHaveLength(1);
      const other = await browser.newContext({ locale });
      const fresh = await other.newPage();
      await new ScanPage(fresh).open('#/org');
      await fresh.getByTestId('backup-file').setInputFiles({ name: backupFile.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
      await expect(fresh.getByTestId('backup-contents')).toContainText(locale === 'nl-NL' ? '1 organisatie' : '1 organisation');
      await fresh.getByTestId('backup-restore').click();
      await fresh.getByTestId('org-link').click();
      await expect(fresh.getByTestId('org-team-name')).toHaveText(['Directie', 'Team Noord', 'Team Zuid', 'Klein team']);
      await expect(fresh.getByTestId('org-gap')).toHaveCount(5);
      await other.close();
    });

    test('results links opened one after another are put into an organisation from their page', async ({ page }) => {
      test.setTimeout(60_000);
      // No organisation yet: the way to make one.
      await page.goto(link('north'));
      await new ScanPage(page).ready();
      await expect(page.getByTestId('add-to-org-make')).toBeVisible();
      await makeOrganisation(page, 'Zorggroep');
      for (const key of ['north', 'south', 'north_older']) {
        await page.goto(link(key));
        await new ScanPage(page).ready();
        await page.getByTestId('add-to-org-button').click();
        await expect(page.getByTestId('add-to-org-done')).toBeVisible();
      }
      await expect(page.getByTestId('add-to-org-done')).toContainText(t.older);
      await page.getByTestId('add-to-org-done').getByRole('link').click();
      await expect(page.getByTestId('org-team-name')).toHaveText(['Team Noord', 'Team Zuid']);
    });

    test('the organisation pages have no WCAG 2.2 A/AA violations', async ({ page }) => {
      test.setTimeout(60_000);
      const scan = async () => {
        await settled(page);
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      };
      await new ScanPage(page).open('#/org');
      expect(await scan()).toEqual([]);
      await makeOrganisation(page, 'Zorggroep');
      expect(await scan()).toEqual([]);
      await paste(page, [link('management'), link('north'), link('south'), link('small'), INVITE].join('\n'));
      await team(page, 'Directie').getByTestId('org-layer').selectOption('1');
      await team(page, 'Team Noord').getByTestId('org-layer').selectOption('2');
      await expect(page.getByTestId('org-gap').first()).toBeVisible();
      expect(await scan()).toEqual([]);
      await page.getByTestId('org-tables').click();
      expect(await scan()).toEqual([]);
    });
  });
}
