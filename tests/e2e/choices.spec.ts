import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/test';
import { Facilitator, person } from './fixtures/round-pages';
import { ScanPage } from './fixtures/scan-page';

// The round's own choices: a facilitator who stays out, open and anonymous rounds, and
// own statements from invite link to dashboard, in both languages.

const WORDS = {
  'nl-NL': {
    notice: 'Dit is een open ronde',
    count: (n: number) => `Antwoorden ontvangen: ${n}`,
    ownInvite: 'Dit is je eigen uitnodiging. Je antwoorden worden bewaard, maar tellen niet mee',
    ownRow: 'Jouw eigen antwoorden, bewaard bij',
    ownCounts: 'Dit is je eigen uitnodiging. Je antwoorden tellen mee zoals die van ieder teamlid.',
    summary: 'Links gecontroleerd: 4. Toegevoegd: 3. Jouw eigen antwoorden, apart gehouden: 1.',
    decimal: (s: string) => s.replace('.', ','),
  },
  'en-GB': {
    notice: 'This is an open round',
    count: (n: number) => `Answers received: ${n}`,
    ownInvite: 'This is your own invite. Your answers are kept, but they do not count',
    ownRow: 'Your own answers, kept with',
    ownCounts: 'This is your own invite. Your answers count like any team member\'s.',
    summary: 'Links checked: 4. Added: 3. Your own answers, kept apart: 1.',
    decimal: (s: string) => s,
  },
} as const;

const OWN = ['We durven elkaar aan te spreken', 'Besluiten zijn <b>helder</b> — ook ná het overleg'];

async function axe(page: Page, include: string) {
  const result = await new AxeBuilder({ page })
    .include(include)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** Makes a team and a round with the given choices; checks the form with axe first. */
async function makeRound(
  page: Page,
  team: string,
  title: string,
  { open, out, own }: { open: boolean; out: boolean; own: string[] },
) {
  const lead = new Facilitator(page);
  await lead.open('#/team');
  await page.getByTestId('team-name').fill(team);
  await page.getByTestId('create-team').click();
  const form = page.getByTestId('team-card').filter({ hasText: team }).getByTestId('new-round-form');
  await form.getByTestId('round-title').fill(title);
  // The least a round can ask: 3 (with two, each could work out the other's answers).
  await form.getByTestId('round-min-group').fill('3');
  // The defaults: the facilitator answers too, anonymous, no own statements.
  await expect(form.getByTestId('facilitator-in')).toBeChecked();
  await expect(form.getByTestId('round-anonymous')).toBeChecked();
  await expect(form.getByTestId('round-own-statement')).toHaveCount(1);
  if (out) await form.getByTestId('facilitator-out').check();
  if (open) await form.getByTestId('round-open').check();
  for (const [i, text] of own.entries()) {
    await form.getByTestId('round-own-statement').nth(i).fill(text);
    // One more field appears for the next statement, up to five.
    await expect(form.getByTestId('round-own-statement')).toHaveCount(Math.min(i + 2, 5));
  }
  expect(await axe(page, '[data-testid=new-round-form]')).toEqual([]);
  await form.getByTestId('create-round').click();
  await expect(page.getByTestId('round-page')).toBeVisible();
  return lead;
}

/** Answers a round's questionnaire from its invite: the name first (when given), every
 * statement with `level`, the own statements with `own`, and returns the response link. */
async function answer(page: Page, invite: string, level: number, own: number[], name?: string, note?: string) {
  const scan = new ScanPage(page);
  await page.goto(invite);
  await scan.ready();
  await expect(page.getByTestId('scan-intro')).toBeVisible();
  // Only the facilitator's own invite says how their answers are counted.
  if (note) await expect(page.getByTestId('own-invite-note')).toContainText(note);
  else await expect(page.getByTestId('own-invite-note')).toHaveCount(0);
  if (name !== undefined) await page.getByTestId('member-name').fill(name);
  await scan.begin();
  await scan.answerWholeScan(() => level);
  const statements = page.getByTestId('own-statement');
  await expect(statements).toHaveCount(own.length);
  for (const [i, id] of own.entries()) {
    await statements.nth(i).locator(`input[data-answer="${id}"]`).check();
  }
  return page.getByTestId('response-link').inputValue();
}

for (const locale of ['nl-NL', 'en-GB'] as const) {
  const words = WORDS[locale];

  test.describe(locale, () => {
    test.use({ locale });

    test('an open round with own statements, the facilitator staying out', async ({ browser }) => {
      test.setTimeout(240_000);
      const lead = await person(browser, locale);
      await makeRound(lead.page, 'Werkplaats', 'Open ronde', { open: true, out: true, own: OWN });
      await expect(lead.page.getByTestId('round-privacy-fact')).toBeVisible();
      await expect(lead.page.getByTestId('facilitator-out-fact')).toBeVisible();
      const invite = await new Facilitator(lead.page).inviteLink();

      // A member reads, before answering, who will see the name; then answers.
      const anouk = await person(browser, locale);
      await anouk.page.goto(invite);
      await expect(anouk.page.getByTestId('name-notice')).toContainText(words.notice);
      await expect(anouk.page.getByTestId('member-name')).toHaveAttribute('aria-describedby', 'member-name-notice');
      expect(await axe(anouk.page, '[data-testid=scan-intro]')).toEqual([]);
      const first = await answer(anouk.page, invite, 4, [4, 2], 'Anouk');
      // The member's code on their result, which the coach sees beside their link.
      const anoukCode = (await anouk.page.getByTestId('response-code').textContent())!.match(/: ([0-9A-Z]{4})\./)![1];
      // The own statements are asked as the facilitator wrote them (text, not markup).
      await expect(anouk.page.getByTestId('own-statement').nth(1).locator('legend')).toHaveText(OWN[1]);
      expect(await axe(anouk.page, '[data-testid=own-answers]')).toEqual([]);
      // A second member leaves the name empty.
      const other = await person(browser, locale);
      const second = await answer(other.page, invite, 2, [2, 2]);
      // A third, also without a name: team figures need three.
      const third = await person(browser, locale);
      const last = await answer(third.page, invite, 3, [3, 2]);

      // The facilitator answers in their own browser, to show how it works: kept apart.
      const mine = await answer(lead.page, invite, 5, [5, 5], 'Coach', words.ownInvite);
      const facilitator = new Facilitator(lead.page);
      await facilitator.open('#/team');
      await lead.page.getByTestId('round-link').first().click();
      await facilitator.paste([first, second, last, mine].join('\n'));
      await expect(facilitator.rows()).toHaveCount(4);
      // Each row says when it was answered and whose code it has, not how it starts.
      await expect(facilitator.rows().nth(0).getByTestId('import-facts')).toContainText(anoukCode);
      await expect(facilitator.rows().getByTestId('import-facts')).toHaveCount(4);
      // The coach's own row says so, and is not counted as added.
      await expect(lead.page.getByTestId('import-own')).toHaveCount(1);
      await expect(facilitator.rows().nth(3).getByTestId('import-own')).toContainText(words.ownRow);
      await expect(lead.page.getByTestId('import-summary')).toHaveText(words.summary);
      await expect(lead.page.getByTestId('respondent-count')).toHaveText(words.count(3));
      await expect(lead.page.getByTestId('kept-apart')).toBeVisible();

      // The dashboard: own statements apart, with their spread; the facilitator's 5s
      // nowhere; only the name a member gave.
      await lead.page.getByTestId('open-dashboard').click();
      const section = lead.page.getByTestId('own-statements');
      await expect(section).toBeVisible();
      await expect(section.getByTestId('own-statement-row')).toHaveCount(2);
      await expect(section.getByTestId('own-statement-row').nth(1).locator('th')).toHaveText(OWN[1]);
      await expect(section.getByTestId('own-mean')).toHaveText([words.decimal('3.0'), words.decimal('2.0')]);
      await expect(section.getByTestId('own-spread')).toHaveText([words.decimal('1.0'), words.decimal('0.0')]);
      await expect(lead.page.getByTestId('dashboard-count')).toContainText('3');
      await expect(lead.page.getByTestId('respondent-name')).toHaveText(['Anouk']);
      await expect(lead.page.getByTestId('names-without')).toContainText('2');
      expect(await axe(lead.page, '[data-testid=own-statements]')).toEqual([]);
      expect(await axe(lead.page, '[data-testid=respondent-names]')).toEqual([]);

      // The results link shows the same in another browser.
      const results = await lead.page.getByTestId('results-link').inputValue();
      const viewer = await person(browser, locale);
      await viewer.page.goto(results);
      await expect(viewer.page.getByTestId('read-only-note')).toBeVisible();
      await expect(viewer.page.getByTestId('own-spread')).toHaveText([words.decimal('1.0'), words.decimal('0.0')]);
      await expect(viewer.page.getByTestId('respondent-name')).toHaveText(['Anouk']);
      // The team's next round starts from this round's choices.
      await new Facilitator(lead.page).open('#/team');
      const card = lead.page.getByTestId('team-card').filter({ hasText: 'Werkplaats' });
      await card.getByTestId('new-round-toggle').click();
      const next = card.getByTestId('new-round-form');
      await expect(next.getByTestId('facilitator-out')).toBeChecked();
      await expect(next.getByTestId('round-open')).toBeChecked();
      await expect(next.getByTestId('round-min-group')).toHaveValue('3');
      await expect(next.getByTestId('round-own-statement')).toHaveCount(3);
      for (const [i, text] of OWN.entries()) await expect(next.getByTestId('round-own-statement').nth(i)).toHaveValue(text);
      for (const p of [lead, anouk, other, third, viewer]) await p.context.close();
    });

    test('an anonymous round: no name asked or shown, the facilitator counting', async ({ browser }) => {
      test.setTimeout(180_000);
      const lead = await person(browser, locale);
      await makeRound(lead.page, 'Zorgteam', 'Anonieme ronde', { open: false, out: false, own: [OWN[0]] });
      const invite = await new Facilitator(lead.page).inviteLink();

      const member = await person(browser, locale);
      await member.page.goto(invite);
      await expect(member.page.getByTestId('scan-intro')).toBeVisible();
      await expect(member.page.getByTestId('name-field')).toHaveCount(0);
      const link = await answer(member.page, invite, 3, [6]);
      // Nowhere a field for a name, also not on the result with the response link.
      await expect(member.page.locator('input[autocomplete=name], [data-testid=member-name]')).toHaveCount(0);
      const mine = await answer(lead.page, invite, 4, [1], undefined, words.ownCounts);
      const another = await person(browser, locale);
      const third = await answer(another.page, invite, 2, [6]);

      const facilitator = new Facilitator(lead.page);
      await facilitator.open('#/team');
      await lead.page.getByTestId('round-link').first().click();
      await facilitator.paste(`${link}\n${mine}\n${third}`);
      // The facilitator answers too: all three count, the coach's own row named as such.
      await expect(lead.page.getByTestId('respondent-count')).toHaveText(words.count(3));
      await expect(facilitator.rows().nth(1).getByTestId('import-own')).toBeVisible();
      await expect(lead.page.getByTestId('kept-apart')).toHaveCount(0);
      await lead.page.getByTestId('open-dashboard').click();
      const section = lead.page.getByTestId('own-statements');
      await expect(section.getByTestId('own-statement-row')).toHaveCount(1);
      // Two "don't know"s and one level: too few for a mean.
      await expect(section.getByTestId('own-answered')).toContainText('1');
      await expect(lead.page.getByTestId('respondent-names')).toHaveCount(0);
      await expect(lead.page.getByTestId('respondent-name')).toHaveCount(0);
      for (const p of [lead, member, another]) await p.context.close();
    });
  });
}
