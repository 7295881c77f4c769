import { expect, test, type Page } from './fixtures/test';
import { answerInvite, Facilitator, person } from './fixtures/round-pages';

test.use({ locale: 'en-GB' });

const PASSPHRASE = 'Linde in de herfst';

/** Protects the link whose section is on `page` (a response or results link) and returns it. */
async function protect(page: Page, passphrase = PASSPHRASE): Promise<string> {
  await page.getByTestId('protect-toggle').click();
  await page.getByTestId('protect-passphrase').fill(passphrase);
  await page.getByTestId('protect-make').click();
  const link = await page.getByTestId('protected-link').inputValue();
  expect(link).toMatch(/#\/p\/[A-Za-z0-9_-]+$/);
  return link;
}

/** The demo team's dashboard with its results link (`#/team`, then "demo team"). */
async function demoResults(page: Page): Promise<{ link: string; figures: string[] }> {
  const facilitator = new Facilitator(page);
  await facilitator.open('#/team');
  await page.getByTestId('demo-team').click();
  const link = await page.getByTestId('results-link').inputValue();
  expect(link).toMatch(/#\/s\/[A-Za-z0-9_-]+$/);
  return { link, figures: await page.getByTestId('team-anglo').allTextContents() };
}

test('a protected response link pasted into the round asks for the passphrase there and is then added', async ({ browser }) => {
  test.setTimeout(120_000);
  const lead = await person(browser);
  const facilitator = new Facilitator(lead.page);
  await facilitator.createRound('Werkplaats', 'Spring 2027', { askDesired: false });
  const invite = await facilitator.inviteLink();

  const member = await person(browser);
  await answerInvite(member.page, invite, () => 3);
  const link = await protect(member.page);
  await member.context.close();

  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 0');
  await facilitator.paste(`My answers, the passphrase comes by phone: ${link}`);
  const row = facilitator.rows();
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-result', 'locked');
  await expect(row).toContainText('This response link is protected with a passphrase.');
  // Never the old message about versions.
  await expect(row).not.toContainText('version');

  // A wrong passphrase: said plainly, nothing changes, the form stays for another try.
  await row.getByTestId('unlock-passphrase').fill('linde in de herfst');
  await row.getByTestId('unlock-open').click();
  await expect(row.getByTestId('unlock-error')).toContainText('does not fit this link');
  await expect(row).toHaveAttribute('data-result', 'locked');
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 0');

  await row.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await row.getByTestId('unlock-open').click();
  await expect(row).toHaveAttribute('data-result', 'added');
  await expect(lead.page.getByTestId('import-summary')).toContainText('Added: 1');
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 1');
  // The page stays the round's page; the unlocked link never reaches the address bar.
  await expect(lead.page.getByTestId('round-page')).toBeVisible();
  expect(lead.page.url()).not.toContain('#/r/');

  // The same protected link again: asked again, then already there.
  await facilitator.paste(link);
  await row.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await row.getByTestId('unlock-open').click();
  await expect(row).toHaveAttribute('data-result', 'already');
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 1');

  // The round's own invite pasted into its box says what it is for.
  await facilitator.paste(invite);
  await expect(row).toHaveAttribute('data-result', 'own-invite');
  await expect(row).toContainText('This is the invite for this round: send it to your team members.');
  await lead.context.close();
});

test('a results link pasted into "Open a link" opens its read-only dashboard', async ({ browser }) => {
  test.setTimeout(90_000);
  const sender = await person(browser);
  const { link, figures } = await demoResults(sender.page);
  await sender.context.close();

  const other = await person(browser);
  const facilitator = new Facilitator(other.page);
  await facilitator.open('#/open');
  await facilitator.paste(link);
  await expect(other.page.getByTestId('read-only-note')).toBeVisible();
  await expect(other.page.getByTestId('team-anglo')).toHaveText(figures);
  await expect(other.page.getByTestId('import-row')).toHaveCount(0);
  await other.context.close();
});

test('a protected results link pasted into "Open a link" asks for the passphrase there and opens', async ({ browser }) => {
  test.setTimeout(90_000);
  const sender = await person(browser);
  const { figures } = await demoResults(sender.page);
  const link = await protect(sender.page);
  await sender.context.close();

  const other = await person(browser);
  const facilitator = new Facilitator(other.page);
  await facilitator.open('#/open');
  await facilitator.paste(link);
  const row = facilitator.rows();
  await expect(row).toHaveAttribute('data-result', 'locked');
  await expect(row).toContainText('This results link is protected with a passphrase.');
  await expect(row).not.toContainText('version');

  await row.getByTestId('unlock-passphrase').fill('not the passphrase');
  await row.getByTestId('unlock-open').click();
  await expect(row.getByTestId('unlock-error')).toContainText('does not fit this link');
  await expect(other.page.getByTestId('read-only-note')).toHaveCount(0);

  await row.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await row.getByTestId('unlock-open').click();
  await expect(other.page.getByTestId('read-only-note')).toBeVisible();
  await expect(other.page.getByTestId('team-anglo')).toHaveText(figures);
  // Opened in place: the unlocked results link is not put in the address bar.
  expect(other.page.url()).not.toContain('#/s/');
  await other.context.close();
});
