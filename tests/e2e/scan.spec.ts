import { expect, test } from '@playwright/test';
import { ScanPage } from './fixtures/scan-page';

test.use({ locale: 'en-GB' });

test('a member answers the whole scan and sees a personal result with a table alternative', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await expect(scan.heading).toHaveText('The Teambalans scan');
  await scan.begin();
  await expect(scan.progress).toContainText('Step 1 of 10');
  // Every answer "Completely" (5): both poles 100 everywhere.
  await scan.answerWholeScan(() => 5);
  await expect(page.getByTestId('answered-count')).toHaveText('You answered 40 of 40 statements.');
  await expect(page.getByTestId('reading')).toContainText('‘Strong on both’');
  await expect(page.getByTestId('zone-plane')).toBeVisible();
  await expect(page.locator('.bar-value').first()).toHaveText('100');

  // Each dimension explains itself and names the seed idea it comes from.
  const ownership = page.locator('.dimension-info[data-dimension="1"]');
  await ownership.locator('summary').click();
  await expect(ownership).toContainText('From the article on the two system models');

  await page.getByTestId('toggle-table').click();
  const table = page.getByTestId('result-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(11);
  await expect(table.locator('tr.overall td').first()).toHaveText('100');
  await expect(page.getByTestId('pole-bars')).toBeHidden();
  // The plane's points as a table too.
  await expect(page.getByTestId('plane-table')).toContainText('Strong on both');
  await expect(page.getByTestId('zone-plane')).toBeHidden();
});

test('statements of both poles are mixed, and skip never counts as a number', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  // Skip everything on the first step: that dimension has no score, never 0.
  await scan.answerAll(6);
  await scan.next.click();
  for (let step = 1; step < 10; step++) {
    await scan.answerAll(3);
    await scan.next.click();
  }
  await expect(scan.result).toBeVisible();
  const firstRow = page.locator('.bar-row').first();
  await expect(firstRow).toContainText('not enough answers');
  await expect(page.getByTestId('reading')).toContainText('Not enough answers for a result in Ownership');
});

test('the radio group works with arrow keys', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  await scan.option(0, 1).focus();
  await page.keyboard.press('Space');
  await expect(scan.option(0, 1)).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(scan.option(0, 2)).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(scan.option(0, 3)).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(scan.option(0, 2)).toBeChecked();
  const stored = await scan.storedData();
  const first = await scan.statements.first().getAttribute('data-statement');
  expect(stored.scan.answers[first!].now.answer).toBe(2);
  // Each statement is a named group for screen readers.
  await expect(page.getByRole('group', { name: /In our team/ }).first()).toBeVisible();
});

test('a reload resumes on the same step with every answer', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  await scan.answerAll(4);
  await scan.next.click();
  await scan.answerAll(2);
  await scan.next.click();
  await scan.option(1, 5).check();

  await page.reload();
  await scan.ready();
  await expect(scan.progress).toContainText('Step 3 of 10');
  await expect(scan.option(1, 5)).toBeChecked();
  await scan.back.click();
  await expect(scan.progress).toContainText('Step 2 of 10');
  for (let i = 0; i < 4; i++) await expect(scan.option(i, 2)).toBeChecked();
});

test('a second tab never loses or overwrites an answer', async ({ context }) => {
  const a = new ScanPage(await context.newPage());
  const b = new ScanPage(await context.newPage());
  await a.open('#/scan');
  await a.begin();
  // The second tab resumes where the first one is.
  await b.open('#/scan');
  await expect(b.statements.first()).toBeVisible();

  await a.option(0, 5).check();
  // Tab B sees A's answer arrive through the storage event, without a reload.
  await expect(b.option(0, 5)).toBeChecked();
  await b.option(1, 1).check();
  await expect(a.option(1, 1)).toBeChecked();
  // Both change different answers in quick succession: nothing is lost.
  await Promise.all([a.option(2, 3).check(), b.option(3, 4).check()]);

  await a.page.reload();
  await a.ready();
  await expect(a.option(0, 5)).toBeChecked();
  await expect(a.option(1, 1)).toBeChecked();
  await expect(a.option(2, 3)).toBeChecked();
  await expect(a.option(3, 4)).toBeChecked();
  // The last write to one answer wins.
  await b.option(0, 2).check();
  await expect(a.option(0, 2)).toBeChecked();
});

test('"where we want to be" adds a second rating and a wanted point', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await page.getByTestId('ask-desired').check();
  await scan.begin();
  await expect(scan.statements.first().locator('[data-horizon=desired]')).toBeVisible();
  for (let step = 0; step < 10; step++) {
    const n = await scan.statements.count();
    for (let i = 0; i < n; i++) {
      await scan.option(i, 2).check();
      await scan.option(i, 4, 'desired').check();
    }
    await scan.next.click();
  }
  await expect(scan.result).toBeVisible();
  await expect(page.getByTestId('zone-plane')).toContainText('Wanted (75, 75)');
  await expect(page.getByTestId('zone-plane')).toContainText('You (25, 25)');
  await page.getByTestId('toggle-table').click();
  await expect(page.getByTestId('result-table').locator('thead')).toContainText('Anglo-Saxon, wanted');
});

test('start again asks first, and then clears every answer', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  await scan.answerAll(3);
  await scan.back.click();
  await expect(page.getByTestId('resume-note')).toContainText('4 of 40');

  await page.getByTestId('restart').click();
  await page.getByTestId('restart-cancel').click();
  await expect(page.getByTestId('resume-note')).toContainText('4 of 40');

  await page.getByTestId('restart').click();
  await page.getByTestId('restart-confirm').click();
  await expect(page.getByTestId('resume-note')).toHaveCount(0);
  await scan.begin();
  await expect(scan.option(0, 3)).not.toBeChecked();
  await page.reload();
  await scan.ready();
  await expect(scan.option(0, 3)).not.toBeChecked();
});

test.describe('Dutch', () => {
  test.use({ locale: 'nl-NL' });
  test('the questionnaire speaks Dutch, and switching language keeps the answers', async ({ page }) => {
    const scan = new ScanPage(page);
    await scan.open('#/scan');
    await scan.begin();
    await expect(scan.progress).toContainText('Stap 1 van 10');
    await expect(scan.statements.first()).toContainText('In ons team');
    await scan.option(0, 4).check();
    await scan.language('en').click();
    await expect(scan.statements.first()).toContainText('In our team');
    await expect(scan.option(0, 4)).toBeChecked();
  });
});
