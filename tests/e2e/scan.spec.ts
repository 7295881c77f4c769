import { expect, test } from './fixtures/test';
import { ScanPage } from './fixtures/scan-page';

test.use({ locale: 'en-GB' });

/** A member who sees the Rhineland behaviour often and its absence seldom, and the
 * reverse for the Anglo-Saxon side. */
const rhinelandMember = (_step: number, _i: number, s: { pole: string; key: string }) =>
  (s.pole === 'rhine') === (s.key === 'plus') ? 4 : 2;

test('a member answers the whole scan (the current version) and sees a personal result with a table alternative', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  // The intro explains the two drives and says nothing about which answer is wanted.
  await expect(scan.heading).toHaveText('Two drives, two ways of working');
  await expect(page.getByTestId('scan-intro')).toContainText('not whether that is good or bad');
  await expect(page.getByTestId('scan-intro')).not.toContainText('Healthy teams');
  await expect(page.getByText('72 short statements about your team and dividing 10 points 9 times')).toBeVisible();
  await scan.begin();
  await expect(scan.progress).toContainText('Step 1 of 9');
  await expect(page.locator('.instructions')).toContainText('over the past three months');
  // One row of five evenly spaced frequencies, and two different non-answers with a hint.
  await expect(scan.statements.first().locator('.levels input')).toHaveCount(5);
  await expect(scan.statements.first().locator('.levels')).toHaveText(/almost never\s*rarely\s*some\S*times\s*often\s*almost always/);
  await expect(scan.statements.first()).toContainText('Don’t know');
  await expect(scan.statements.first()).toContainText('Doesn’t occur in our team');
  await expect(page.getByTestId('non-answers-hint')).toContainText('choose ‘almost never’');
  await expect(scan.statements).toHaveCount(8);
  await scan.answerWholeScan(rhinelandMember, { points: () => 3 });
  await expect(page.getByTestId('answered-count')).toHaveText(
    'You said how often you saw it for 72 of 72 statements (0 times ‘don’t know’ or ‘doesn’t occur in our team’), and divided the points 9 of 9 times.',
  );
  await expect(page.getByTestId('reading')).toContainText('Taken together, you see your team as ‘Mainly Rhineland’.');
  await expect(page.getByTestId('reading')).toContainText('Mainly Rhineland in Ownership');
  await expect(page.getByTestId('zone-cut')).toContainText('A side counts as strong when it lies more than 1.5 times its margin above 50');
  const rows = page.getByTestId('theme-row');
  await expect(rows).toHaveCount(9);
  // Rounded to 5, with its margin: no false precision.
  await expect(rows.first().locator('td').nth(0)).toHaveText(/^\d+[05] ± \d+$/);
  // Three points to A, the description shown first (Rhineland's, in Ownership).
  await expect(rows.first().locator('td').nth(4)).toHaveText('A 3 · B 7');

  // Each dimension explains itself and names the seed idea it comes from.
  const ownership = page.locator('.dimension-info[data-dimension="1"]');
  await ownership.locator('summary').click();
  await expect(ownership).toContainText('From ‘The customer team');

  await page.getByTestId('toggle-table').click();
  await expect(page.getByTestId('plane-table')).toContainText('Mainly Rhineland');
  await expect(page.getByTestId('zone-plane')).toBeHidden();
});

test('answering the same everywhere lands in the middle, never in strong on both', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  await scan.answerWholeScan(() => 5);
  const reading = page.getByTestId('reading');
  await expect(reading).toContainText('You gave nearly the same answer everywhere');
  await expect(reading).not.toContainText('Strong on both');
  await expect(page.getByTestId('theme-row').first()).toContainText('close to the middle');
});

test('neither non-answer ever counts as a number', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  // "Don't know" everywhere on the first step, "does not occur" on the second: those
  // dimensions have no score, never 0.
  await scan.answerAll(6);
  await scan.next.click();
  await scan.answerAll(7);
  await scan.next.click();
  for (let step = 2; step < 9; step++) {
    await scan.answerAll(3);
    await scan.next.click();
  }
  await expect(scan.result).toBeVisible();
  await expect(page.getByTestId('theme-row').first()).toContainText('too few answers');
  await expect(page.getByTestId('reading')).toContainText('Too few answers for a score in Ownership and Reward and targets');
  // "Don't know" and "does not occur" are not counted as answered.
  await expect(page.getByTestId('answered-count')).toContainText('for 56 of 72 statements (16 times');
  const stored = await scan.storedData();
  expect(stored.scan.instrument).toBe(3);
});

test('on a phone the five frequencies sit in one row, the non-answers below', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  const first = scan.statements.first();
  const tops = await first.locator('.levels .option').evaluateAll((els) =>
    els.map((e) => Math.round(e.getBoundingClientRect().top)),
  );
  expect(tops).toHaveLength(5);
  expect(new Set(tops).size).toBe(1);
  const levelsBottom = await first.locator('.levels').evaluate((e) => e.getBoundingClientRect().bottom);
  const nonAnswerTop = await first.locator('.non-answers .option').first().evaluate((e) => e.getBoundingClientRect().top);
  expect(nonAnswerTop).toBeGreaterThanOrEqual(levelsBottom);
  // A step is eight statements and one trade-off: far from the fifty buttons of before.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(740 * 6);
});

test('a trade-off is divided with the keyboard and told in words', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  const slider = page.getByTestId('trade-off-slider');
  await expect(page.getByTestId('trade-off-value')).toHaveText('Not divided yet');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '6 points for A, 4 for B');
  await page.getByTestId('trade-off-even').click();
  await expect(page.getByTestId('trade-off-value')).toHaveText('5 points for A, 5 for B');
  const stored = await scan.storedData();
  expect(stored.scan.trade_offs['1'].now.points).toBe(5);
});

test('a version 1 invite made before version 2 still asks version 1 and shows its result', async ({ page }) => {
  const scan = new ScanPage(page);
  // The golden invite of link format 2 (tests/fixtures/links/v2.txt): version 1.
  await scan.open('#/i/IQECAwQFBk-_AQMBJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPoQb-fY');
  await page.getByTestId('scan-begin').click();
  await expect(scan.progress).toContainText('Step 1 of 10');
  await expect(scan.statements.first()).toContainText('Completely');
  await expect(scan.statements.first().locator('input[data-answer="7"]')).toHaveCount(0);
  await expect(page.getByTestId('trade-off')).toHaveCount(0);
  for (let step = 0; step < 10; step++) {
    await scan.answerAll(step === 0 ? 5 : 3);
    await scan.next.click();
  }
  await expect(scan.result).toBeVisible();
  await expect(page.getByTestId('answered-count')).toHaveText('You answered 40 of 40 statements and chose ‘don’t know’ 0 times.');
  await expect(page.getByTestId('pole-bars')).toBeVisible();
  await expect(page.getByTestId('response-link-section')).toBeVisible();
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
  await expect(scan.progress).toContainText('Step 3 of 9');
  await expect(scan.option(1, 5)).toBeChecked();
  await scan.back.click();
  await expect(scan.progress).toContainText('Step 2 of 9');
  for (let i = 0; i < 8; i++) await expect(scan.option(i, 2)).toBeChecked();
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

test('"where we want to go" is asked on the trade-offs only, where more for one side costs the other', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await page.getByTestId('ask-desired').check();
  await expect(page.getByTestId('scan-intro')).toContainText('After each theme you then divide 10 points once more');
  await scan.begin();
  // One answer per statement; a second division on each trade-off.
  await expect(scan.statements.first().locator('[data-horizon=desired]')).toHaveCount(0);
  await expect(page.locator('[data-testid=trade-off] [data-horizon=desired]')).toBeVisible();
  await expect(page.locator('.instructions')).not.toContainText('would you like to see');
  for (let step = 0; step < 9; step++) {
    const infos = await scan.statements.evaluateAll((all) =>
      all.map((e) => ({ pole: e.getAttribute('data-pole'), key: e.getAttribute('data-key') })));
    for (const [i, info] of infos.entries()) {
      await scan.option(i, rhinelandMember(0, 0, info as any)).check();
    }
    await scan.divide(2);
    await scan.divide(8, 'desired');
    await scan.next.click();
  }
  await expect(scan.result).toBeVisible();
  // No wanted point per pole: the direction is in the trade-offs.
  await expect(page.getByTestId('zone-plane')).not.toContainText('Where we want to be (');
  await expect(page.getByTestId('zone-plane')).toContainText('You (');
  await expect(page.getByTestId('theme-row').first().locator('td').nth(4)).toHaveText('A 2 · B 8 → A 8 · B 2');
  await page.getByTestId('toggle-table').click();
  await expect(page.getByTestId('plane-table').locator('tr', { hasText: 'You' })).toContainText('Mainly Rhineland');
});

test('start again asks first, and then clears every answer', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  await scan.answerAll(3);
  await scan.back.click();
  await expect(page.getByTestId('resume-note')).toContainText('8 of 72');

  await page.getByTestId('restart').click();
  await page.getByTestId('restart-cancel').click();
  await expect(page.getByTestId('resume-note')).toContainText('8 of 72');

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
    await expect(scan.progress).toContainText('Stap 1 van 9');
    await expect(scan.statements.first()).toContainText('Bij ons');
    await expect(scan.statements.first()).toContainText('bijna nooit');
    await expect(scan.statements.first()).toContainText('zelden');
    await expect(scan.statements.first()).toContainText('Komt bij ons niet voor');
    await expect(page.getByTestId('trade-off')).toContainText('Verdeel 10 punten');
    await scan.option(0, 4).check();
    await scan.language('en').click();
    await expect(scan.statements.first()).toContainText('In our team');
    await expect(scan.option(0, 4)).toBeChecked();
  });

  test('a whole scan in Dutch reads as a Dutch coach would say it', async ({ page }) => {
    const scan = new ScanPage(page);
    await scan.open('#/scan');
    await scan.begin();
    await scan.answerWholeScan(rhinelandMember, { points: () => 2 });
    await expect(page.getByTestId('answered-count')).toHaveText(
      'Je gaf bij 72 van de 72 stellingen aan hoe vaak je het zag (0 keer ‘weet ik niet’ of ‘komt bij ons niet voor’), en verdeelde 9 van de 9 keer de punten.',
    );
    await expect(page.getByTestId('reading')).toContainText('Alles bij elkaar genomen zie je je team als ‘Vooral Rijnlands’.');
    await expect(page.getByTestId('reading')).toContainText('Vooral Rijnlands bij Eigenaarschap');
    await expect(page.getByTestId('zone-cut')).toContainText('Een kant telt als sterk als hij verder dan 1,5 keer zijn marge boven 50 ligt');
    await expect(page.getByTestId('theme-row').first().locator('td').nth(4)).toHaveText('A 2 · B 8');
  });
});
