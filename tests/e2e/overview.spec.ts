import { expect, test } from './fixtures/test';
import { ScanPage } from './fixtures/scan-page';

// Issue 16, point 12: changing one answer without paging back step by step, and a
// count of answers that leaves "don't know" out.

/** The golden invite of link format 2 (tests/fixtures/links/v2.txt): instrument version 1. */
const V1_INVITE =
  '#/i/IQECAwQFBk-_AQMBJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPoQb-fY';

test.describe('English', () => {
  test.use({ locale: 'en-GB' });

  test('the overview lists every statement with its answer and jumps to one, keyboard only', async ({ page }) => {
    const scan = new ScanPage(page);
    await scan.open('#/scan');
    await scan.begin();
    // "Don't know" on the first step, "often" everywhere else.
    await scan.answerWholeScan((step) => (step === 0 ? 6 : 4), { points: () => 3 });
    await expect(page.getByTestId('answered-count')).toContainText('for 64 of 72 statements (8 times');

    const overview = page.getByTestId('answer-overview');
    await expect(overview.getByTestId('overview-toggle')).toHaveText('All 72 statements with your answer');
    // Open it with the keyboard, as a button list under each theme's name.
    await overview.getByTestId('overview-toggle').focus();
    await page.keyboard.press('Enter');
    const items = overview.getByTestId('overview-item');
    await expect(items).toHaveCount(72);
    await expect(overview.getByTestId('overview-trade-off')).toHaveCount(9);
    await expect(items.first()).toContainText('Don’t know');
    // Statement 34 in questionnaire order: on step 5.
    const target = items.nth(33);
    const id = await target.getAttribute('data-statement');
    await expect(target).toContainText('often');
    // The button is named by the statement and its answer, for a screen reader.
    await expect(target).toHaveAccessibleName(/\. Your answer: often$/);

    await target.focus();
    await page.keyboard.press('Enter');
    await expect(scan.progress).toContainText('Step 5 of 9');
    // Focus is on that statement's chosen answer, not at the top of the page.
    expect(await scan.focusedStatement()).toBe(id);
    await expect(page.locator(`#statement-${id} input[data-answer="4"]`)).toBeFocused();
    // Change it with the arrow keys, then straight back.
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator(`#statement-${id} [data-horizon=now] input[data-answer="3"]`)).toBeChecked();
    await page.getByTestId('scan-to-overview').click();
    await expect(scan.result).toBeVisible();
    await expect(scan.overviewItem(id!)).toBeFocused();
    await expect(scan.overviewItem(id!)).toContainText('sometimes');

    // A trade-off is reached the same way, focus on its slider.
    await overview.getByTestId('overview-trade-off').nth(2).click();
    await expect(scan.progress).toContainText('Step 3 of 9');
    await expect(page.getByTestId('trade-off-slider').first()).toBeFocused();
  });

  test('a version 1 scan counts "don’t know" apart, and the overview shows what is not answered yet', async ({ page }) => {
    const scan = new ScanPage(page);
    await scan.open(V1_INVITE);
    await page.getByTestId('scan-begin').click();
    await expect(scan.progress).toContainText('Step 1 of 10');
    for (let step = 0; step < 10; step++) {
      // The first step "don't know / skip", the last left open but one.
      if (step === 0) await scan.answerAll(6);
      else if (step === 9) await scan.option(0, 2).check();
      else await scan.answerAll(3);
      await scan.next.click();
    }
    await expect(scan.result).toBeVisible();
    await expect(page.getByTestId('answered-count')).toHaveText(
      'You answered 33 of 40 statements and chose ‘don’t know’ 4 times.',
    );
    const overview = await scan.openOverview();
    await expect(overview.getByTestId('overview-item')).toHaveCount(40);
    await expect(overview.getByTestId('overview-trade-off')).toHaveCount(0);
    await expect(overview.getByTestId('overview-item').first()).toContainText('Don\'t know / skip');
    await expect(overview.getByTestId('overview-item').nth(39)).toContainText('not answered yet');
    await expect(overview.getByTestId('overview-item').nth(36)).toContainText('A little');
  });
});

test.describe('Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('stelling 33 in één keer: het overzicht springt erheen en weer terug', async ({ page }) => {
    const scan = new ScanPage(page);
    await scan.open(V1_INVITE);
    await page.getByTestId('scan-begin').click();
    for (let step = 0; step < 10; step++) {
      await scan.answerAll(step === 0 ? 6 : 5);
      await scan.next.click();
    }
    await expect(scan.result).toBeVisible();
    // "Weet ik niet" telt niet als beantwoord.
    await expect(page.getByTestId('answered-count')).toHaveText(
      'Je hebt 36 van de 40 stellingen beantwoord en 4 keer ‘weet ik niet’ gekozen.',
    );
    const overview = await scan.openOverview();
    await expect(overview.locator('h2')).toHaveText('Je antwoorden');
    await expect(overview.getByTestId('overview-toggle')).toHaveText('Alle 40 stellingen met je antwoord');
    const row = overview.getByTestId('overview-item').nth(32);
    const id = await row.getAttribute('data-statement');
    await expect(row).toContainText('Helemaal');
    await row.click();
    await expect(scan.progress).toContainText('Stap 9 van 10');
    expect(await scan.focusedStatement()).toBe(id);
    await page.locator(`#statement-${id} [data-horizon=now] input[data-answer="2"]`).check();
    await expect(page.getByTestId('scan-to-overview')).toHaveText('Terug naar het overzicht');
    await page.getByTestId('scan-to-overview').click();
    await expect(scan.overviewItem(id!)).toBeFocused();
    await expect(scan.overviewItem(id!)).toContainText('Een beetje');
    // The member's response link carries the changed answer: the count is unchanged.
    await expect(page.getByTestId('answered-count')).toContainText('36 van de 40');
  });

  test('met ‘waar we heen willen’ toont het overzicht beide verdelingen, en bij de stellingen één antwoord', async ({ page }) => {
    const scan = new ScanPage(page);
    await scan.open('#/scan');
    await page.getByTestId('ask-desired').check();
    await scan.begin();
    // The current version asks "where we want to go" on the trade-offs only.
    await expect(page.locator('[data-horizon=desired] input[type=radio]')).toHaveCount(0);
    await scan.option(0, 2).check();
    await page.locator('[data-horizon=desired] input[type=range]').focus();
    await page.keyboard.press('ArrowLeft');
    for (let step = 0; step < 9; step++) await scan.next.click();
    await expect(scan.result).toBeVisible();
    const overview = await scan.openOverview();
    await expect(overview.getByTestId('overview-item').first()).toContainText('zelden');
    await expect(overview.getByTestId('overview-item').first()).not.toContainText('waar we heen willen');
    await expect(overview.getByTestId('overview-item').nth(1)).toContainText('nog niet beantwoord');
    // Moved one step towards B from the middle: A is the description shown first.
    await expect(overview.getByTestId('overview-trade-off').first()).toContainText(
      'waar we heen willen: A 4 · B 6',
    );
  });
});
