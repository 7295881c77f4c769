import { expect, test } from '@playwright/test';
import { Facilitator, person } from './fixtures/round-pages';

// Issue 16, point 11: what the coach missed. The expected team size on a round
// ("3 of 7 answered") with a reminder to copy.

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
    expect(stored.schema_version).toBe(4);
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
