import { expect, test, type Page } from './fixtures/test';
import { Facilitator } from './fixtures/round-pages';

test.use({ locale: 'en-GB' });

/** This round's agreements: each item, and its text alone. */
const items = (page: Page) => page.getByTestId('action-item');
const texts = (page: Page) => page.getByTestId('action');

async function addAction(page: Page, what: string, who: string) {
  await page.getByTestId('action-what').fill(what);
  await page.getByTestId('action-who').fill(who);
  await page.getByTestId('action-add').click();
}

test('actions are edited, ticked off and deleted, and a deletion in one tab stays after the other tab edits', async ({ page, context }) => {
  const facilitator = new Facilitator(page);
  await facilitator.createRound('Werkplaats', 'Autumn 2026');
  const dashboard = page.url().replace(/#\/round\/([0-9a-f]+).*$/, '#/round/$1/results');
  await page.goto(dashboard);
  await addAction(page, 'Stand-up at nine', 'Sanne');
  await addAction(page, 'Pair with newcomers', 'Ahmed');
  await expect(texts(page)).toHaveText(['Sanne — Stand-up at nine', 'Ahmed — Pair with newcomers']);

  // Edit in place: named after its action, Escape cancels, the keyboard returns.
  const first = items(page).first();
  await first.getByRole('button', { name: 'Edit the action ‘Stand-up at nine’' }).click();
  await expect(first.getByTestId('action-edit-what')).toBeFocused();
  await first.getByTestId('action-edit-what').fill('Thrown away');
  await page.keyboard.press('Escape');
  await expect(texts(page).first()).toHaveText('Sanne — Stand-up at nine');
  await expect(first.getByTestId('action-edit')).toBeFocused();
  // Empty is refused as when adding; Enter saves.
  await first.getByTestId('action-edit').click();
  await first.getByTestId('action-edit-what').fill('   ');
  await first.getByTestId('action-edit-what').press('Enter');
  await expect(first.getByRole('alert')).toBeVisible();
  await first.getByTestId('action-edit-what').fill('Stand-up at half past nine');
  await first.getByTestId('action-edit-what').press('Enter');
  await expect(texts(page).first()).toHaveText('Sanne — Stand-up at half past nine');
  await expect(first.getByTestId('action-edit')).toBeFocused();

  // Tick off and on again.
  const tick = first.getByRole('button', { name: 'Tick off the action ‘Stand-up at half past nine’' });
  await tick.click();
  await expect(tick).toHaveAttribute('aria-pressed', 'true');
  await expect(first).toHaveAttribute('data-status', 'Done');
  await tick.click();
  await expect(tick).toHaveAttribute('aria-pressed', 'false');
  await tick.click();

  // A second tab of the same browser sees it all.
  const other = await context.newPage();
  await other.goto(dashboard);
  await expect(texts(other)).toHaveText(['Sanne — Stand-up at half past nine', 'Ahmed — Pair with newcomers']);
  await expect(items(other).first()).toHaveAttribute('data-status', 'Done');

  // The other tab starts editing the second action; this tab deletes it meanwhile.
  const second = items(other).nth(1);
  await second.getByTestId('action-edit').click();
  await second.getByTestId('action-edit-what').fill('Pair with every newcomer');
  const doomed = items(page).nth(1);
  await doomed.getByRole('button', { name: 'Delete the action ‘Pair with newcomers’' }).click();
  await expect(doomed.getByRole('alertdialog')).toContainText('This action will also disappear from other tabs.');
  await doomed.getByTestId('action-delete-confirm').click();
  await expect(texts(page)).toHaveText(['Sanne — Stand-up at half past nine']);
  await expect(page.locator('#actions-this-round')).toBeFocused();

  // The other tab's copy does not bring it back: gone there too, and its edit with it.
  await expect(texts(other)).toHaveText(['Sanne — Stand-up at half past nine']);
  // Edits of the remaining action in the other tab travel back; the deleted one stays away.
  await items(other).first().getByTestId('action-edit').click();
  await items(other).first().getByTestId('action-edit-what').fill('Stand-up at ten');
  await items(other).first().getByTestId('action-save').click();
  await expect(texts(page)).toHaveText(['Sanne — Stand-up at ten']);
  await page.reload();
  await other.reload();
  await expect(texts(page)).toHaveText(['Sanne — Stand-up at ten']);
  await expect(texts(other)).toHaveText(['Sanne — Stand-up at ten']);
  const round = await page.evaluate(() => JSON.parse(localStorage.getItem('teambalans')!).teams.rounds[0]);
  expect(round.actions.map((a: { what: string }) => a.what)).toEqual(['Stand-up at ten']);
  expect(round.removed_actions).toHaveLength(1);
});

test('actions read and change in Dutch', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  const facilitator = new Facilitator(page);
  await facilitator.open('#/team');
  await page.getByTestId('demo-team').click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await addAction(page, 'Elke vrijdag samen lunchen', 'Kim');
  const item = items(page).first();
  await expect(item.getByRole('button', { name: 'Bewerk de afspraak ‘Elke vrijdag samen lunchen’' })).toHaveText('Bewerken');
  await expect(item.getByRole('button', { name: 'Vink de afspraak ‘Elke vrijdag samen lunchen’ af' })).toHaveText('Afvinken');
  await item.getByRole('button', { name: 'Verwijder de afspraak ‘Elke vrijdag samen lunchen’' }).click();
  await expect(item.getByRole('alertdialog')).toContainText('Weet je het zeker? Deze afspraak verdwijnt ook uit andere tabbladen.');
  await item.getByTestId('action-delete-cancel').click();
  await expect(item.getByTestId('action-delete')).toBeFocused();
  // Last round's agreements can be corrected too, next to done / partly / not yet.
  const review = page.getByTestId('action-review').first();
  await review.getByTestId('action-edit').click();
  await review.getByTestId('action-edit-who').fill('Sanne en Kim');
  await review.getByTestId('action-save').click();
  await expect(review.getByTestId('action-review-text')).toContainText('Sanne en Kim');
  await context.close();
});
