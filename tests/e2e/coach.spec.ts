import { expect, spokenDay, test } from './fixtures/test';
import { Facilitator, person } from './fixtures/round-pages';

// Issue 16, points 11 and 14: what the coach missed. The expected team size on a round
// ("3 of 7 answered") with a reminder to copy, and the home page that lists the coach's
// teams and the person's own scan.

test.describe('English', () => {
  test.use({ locale: 'en-GB' });

  test('a round knows how many members to expect, and a reminder carries the invite link', async ({ browser }) => {
    const lead = await person(browser);
    await lead.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = lead.page;
    const coach = new Facilitator(page);
    await coach.createRound('Support desk', 'Spring', { expected: 7 });
    await expect(page.getByTestId('respondent-count')).toHaveText('0 of 7 answered');
    const invite = await coach.inviteLink();
    const reminder = page.getByTestId('reminder-text');
    await expect(reminder).toHaveValue(
      `Hi all! For our Teambalans round ‘Spring’ we now have 0 of 7 answers. Haven’t taken part yet? It takes about a quarter of an hour. Open this link, answer the questions and send me your response link at the end:\n${invite}\nThanks in advance!`,
    );
    await page.getByTestId('reminder-copy').click();
    await expect(page.getByTestId('reminder-status')).toHaveText('Copied. Paste the message into the team chat or an email.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await reminder.inputValue());

    // Changed on the round page; kept across a reload; stored with the round.
    await coach.setExpected(5);
    await expect(page.getByTestId('respondent-count')).toHaveText('0 of 5 answered');
    await expect(reminder).toHaveValue(/we now have 0 of 5 answers/);
    await page.reload();
    await coach.ready();
    await expect(page.getByTestId('respondent-count')).toHaveText('0 of 5 answered');
    await expect(page.getByTestId('expected-input')).toHaveValue('5');
    const stored = await coach.storedData();
    expect(stored.schema_version).toBe(6);
    expect(stored.teams.rounds[0].expected.members).toBe(5);

    // Out of range is refused in words and changes nothing; empty clears it.
    await coach.setExpected(1);
    await expect(page.getByTestId('expected-error')).toHaveText(
      'The number of team members is a whole number from 2 to 200. Leave it empty if you don\'t know.',
    );
    await expect(page.getByTestId('respondent-count')).toHaveText('0 of 5 answered');
    await coach.setExpected('');
    await expect(page.getByTestId('expected-error')).toHaveCount(0);
    await expect(page.getByTestId('respondent-count')).toHaveText('Answers received: 0');
    await expect(reminder).toHaveValue(/^Hi all! For our Teambalans round ‘Spring’ I’m still waiting for a few answers\./);
    await lead.context.close();
  });

  test('once everyone has answered the reminder gives way to saying so', async ({ page }) => {
    const coach = new Facilitator(page);
    await coach.openDemoRound();
    // The example team is eight; seven answered the newest round.
    await expect(page.getByTestId('respondent-count')).toHaveText('7 of 8 answered');
    await expect(page.getByTestId('reminder-text')).toHaveValue(/we now have 7 of 8 answers/);
    await coach.setExpected(7);
    await expect(page.getByTestId('respondent-count')).toHaveText('7 of 7 answered');
    await expect(page.getByTestId('all-answered')).toHaveText('Everyone has answered.');
    await expect(page.getByTestId('reminder')).toHaveCount(0);
  });
});

test.describe('Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('een ronde met het aantal teamleden en een herinnering in gewoon Nederlands', async ({ browser }) => {
    const lead = await person(browser, 'nl-NL');
    await lead.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = lead.page;
    const coach = new Facilitator(page);
    await coach.open('#/team');
    await page.getByTestId('team-name').fill('Wijkteam Noord');
    await page.getByTestId('create-team').click();
    const form = page.getByTestId('new-round-form');
    await expect(form.getByText('Aantal teamleden', { exact: true })).toBeVisible();
    await form.getByTestId('round-title').fill('Najaar');
    await form.getByTestId('round-expected').fill('6');
    await form.getByTestId('create-round').click();
    await expect(page.getByTestId('respondent-count')).toHaveText('0 van de 6 beantwoord');
    const invite = await coach.inviteLink();
    await expect(page.getByTestId('reminder')).toContainText('Herinnering sturen');
    await expect(page.getByTestId('reminder-text')).toHaveValue(
      `Hoi allemaal! Voor onze Teambalans-ronde ‘Najaar’ hebben we nu 0 van de 6 antwoorden. Heb je nog niet meegedaan? Het kost ongeveer een kwartier. Open deze link, vul de vragen in en stuur me aan het eind je antwoordlink terug:\n${invite}\nAlvast bedankt!`,
    );
    await page.getByTestId('reminder-copy').click();
    await expect(page.getByTestId('reminder-status')).toHaveText('Gekopieerd. Plak het berichtje in de teamapp of in een mail.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('0 van de 6 antwoorden');
    await coach.setExpected(300);
    await expect(page.getByTestId('expected-error')).toContainText('een heel getal van 2 tot en met 200');
    await lead.context.close();
  });

  test('de voorbeeldronde: 7 van de 8 beantwoord', async ({ page }) => {
    const coach = new Facilitator(page);
    await coach.openDemoRound();
    await expect(page.getByTestId('respondent-count')).toHaveText('7 van de 8 beantwoord');
    await expect(page.getByTestId('reminder-text')).toHaveValue(/hebben we nu 7 van de 8 antwoorden/);
  });
});

test.describe('the start page, English', () => {
  test.use({ locale: 'en-GB' });

  test('lists the coach’s teams with their newest round and how many answered', async ({ page }) => {
    const coach = new Facilitator(page);
    await coach.open('#/');
    // A first visit: nothing of one's own to list yet.
    await expect(page.getByTestId('my-teams')).toHaveCount(0);
    await expect(page.getByTestId('own-scan')).toHaveCount(0);
    await coach.createRound('Support desk', 'Spring', { expected: 5 });
    await coach.open('#/team');
    await page.getByTestId('team-name').fill('Night shift');
    await page.getByTestId('create-team').click();

    await coach.open('#/');
    const teams = page.getByTestId('my-teams');
    await expect(teams.locator('h2')).toHaveText('Your teams');
    const rows = teams.getByTestId('my-team');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Support desk');
    await expect(rows.first()).toContainText(`Spring · ${spokenDay('en')}`);
    await expect(rows.first()).toContainText('0 of 5 answered');
    await expect(rows.nth(1)).toContainText('Night shift');
    await expect(rows.nth(1)).toContainText('No round yet');
    await rows.first().click();
    await expect(coach.heading).toHaveText('Spring');
    await coach.open('#/');
    await teams.getByTestId('my-teams-all').click();
    await expect(coach.heading).toHaveText('Team dashboard');
  });

  test('shows the person’s own scan: where they stopped, then its result', async ({ page }) => {
    const scan = new Facilitator(page);
    await scan.open('#/scan');
    await scan.begin();
    await scan.answerAll(3);
    await scan.open('#/');
    const own = page.getByTestId('own-scan');
    await expect(own.locator('h2')).toHaveText('Your own scan');
    await expect(page.getByTestId('own-scan-said')).toHaveText(`Started, last on ${spokenDay('en')}: 8 of 72 statements filled in.`);
    await expect(page.getByTestId('own-scan-link')).toHaveText('Continue your scan');
    await page.getByTestId('own-scan-link').click();
    await expect(scan.progress).toContainText('Step 1 of 9');
    for (let step = 0; step < 9; step++) {
      await scan.answerAll(step === 1 ? 6 : 4);
      await scan.next.click();
    }
    await expect(scan.result).toBeVisible();
    await scan.open('#/');
    // "Don't know" is not counted as answered here either.
    await expect(page.getByTestId('own-scan-said')).toHaveText(`Filled in on ${spokenDay('en')}: 64 of 72 statements answered.`);
    await page.getByTestId('own-scan-link').click();
    await expect(scan.result).toBeVisible();
  });
});

test.describe('the start page, Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('toont je teams en je eigen scan, en het teamdashboard heet ook zo', async ({ page }) => {
    const coach = new Facilitator(page);
    await coach.open('#/');
    await expect(page.getByTestId('open-team').locator('.entry-title')).toHaveText('Teamdashboard');
    await page.getByTestId('open-team').click();
    await expect(coach.heading).toHaveText('Teamdashboard');
    await page.getByTestId('demo-team').click();
    await expect(page.getByTestId('dashboard')).toBeVisible();
    await coach.open('#/scan');
    await coach.begin();
    await coach.answerAll(5);

    await coach.open('#/');
    const rows = page.getByTestId('my-teams').getByTestId('my-team');
    await expect(page.getByTestId('my-teams').locator('h2')).toHaveText('Je teams');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Voorbeeld');
    await expect(rows.first()).toContainText('7 van de 8 beantwoord');
    await expect(page.getByTestId('own-scan').locator('h2')).toHaveText('Je eigen scan');
    await expect(page.getByTestId('own-scan-said')).toHaveText(
      `Begonnen, voor het laatst op ${spokenDay('nl')}: 8 van de 72 stellingen ingevuld.`,
    );
    await expect(page.getByTestId('own-scan-link')).toHaveText('Ga verder met je scan');
    await expect(page.getByTestId('my-teams-all')).toHaveText('Naar het teamdashboard');
  });
});
