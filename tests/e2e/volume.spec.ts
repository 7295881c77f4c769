import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures/test';
import { Facilitator } from './fixtures/round-pages';

test.use({ locale: 'en-GB' });

// Volume without loss: a whole chat of response links pasted into one round, and a whole
// organisation's results links, each in one go. The links and the stored document that
// holds the round and the (empty) organisation come from domain::score::simulation through
// fixtures/volume-links.json, which `cargo test -p teambalans-core --test volume_links` keeps equal to it.
const volume = JSON.parse(readFileSync(join(__dirname, 'fixtures/volume-links.json'), 'utf8')) as {
  storage: string;
  round: string;
  organisation: string;
  responses: string[];
  results: { team: string; respondents: number; link: string }[];
};

/** Links as a chat holds them: one whole address a line. */
const chat = (fragments: string[]) => fragments.map((f) => `https://teambalans.example/${f}`).join('\n');

/** Seeds the stored document and opens `fragment` in an app that has loaded it. */
async function seeded(page: Page, fragment: string): Promise<Facilitator> {
  const app = new Facilitator(page);
  await app.open('#/');
  await page.evaluate((doc) => localStorage.setItem('teambalans', doc), volume.storage);
  await page.goto(fragment);
  await page.reload();
  await app.ready();
  return app;
}

async function stored(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('teambalans') ?? 'null'));
}

test('200 response links pasted into a round in one go are every one taken in and kept', async ({ page }) => {
  const app = await seeded(page, `#/round/${volume.round}`);
  const count = page.getByTestId('respondent-count');
  await expect(count).toHaveText('Answers received: 0');

  await app.paste(chat(volume.responses));
  await expect(page.getByTestId('import-summary')).toHaveText('Links checked: 200. Added: 200.');
  await expect(count).toHaveText('Answers received: 200');
  await expect(app.rows()).toHaveCount(200);
  await expect(page.locator('[data-testid="import-row"]:not([data-result="added"])')).toHaveCount(0);

  const round = (await stored(page)).teams.rounds.find((r: { id: string }) => r.id === volume.round);
  expect(new Set(round.responses.map((r: { member: string }) => r.member)).size).toBe(200);
  // Kept over a reload: what was stored is what the page shows.
  await page.reload();
  await app.ready();
  await expect(count).toHaveText('Answers received: 200');
});

test('100 results links pasted into an organisation in one go are every team taken in', async ({ page }) => {
  await seeded(page, `#/org/${volume.organisation}`);
  await expect(page.getByTestId('org-empty')).toBeVisible();

  const field = page.getByTestId('org-paste-field');
  await field.fill(chat(volume.results.map((t) => t.link)));
  await page.getByTestId('org-paste-button').click();
  const added = page.locator('[data-testid="org-paste-row"][data-result="added"]');
  await expect(added).toHaveCount(100);
  await expect(page.locator('[data-testid="org-paste-row"]:not([data-result="added"])')).toHaveCount(0);
  // Nothing was left over in the box for correction.
  await expect(field).toHaveValue('');

  const answers = volume.results.reduce((sum, t) => sum + t.respondents, 0);
  await expect(page.getByTestId('org-counted')).toHaveText(`Teams that count: 100, with ${answers} answers together.`);
  const names = await page.getByTestId('org-team-name').allTextContents();
  expect(names.sort()).toEqual(volume.results.map((t) => t.team).sort());

  const org = (await stored(page)).organisations.organisations.find((o: { id: string }) => o.id === volume.organisation);
  expect(org.teams).toHaveLength(100);
});
