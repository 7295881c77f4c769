import { expect, test } from './fixtures/test';
import { answerInvite, Facilitator, person, readQr } from './fixtures/round-pages';
import { ScanPage } from './fixtures/scan-page';

test.use({ locale: 'en-GB' });

test('a round by links: invite, three members, import with a duplicate, a conflict and a broken link', async ({ browser }) => {
  test.setTimeout(120_000);
  const lead = await person(browser);
  await lead.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const facilitator = new Facilitator(lead.page);
  await facilitator.createRound('Klantenteam Oost', 'Autumn 2026');
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 0');

  // The invite link: in the fragment only, copied as shown.
  const invite = await facilitator.inviteLink();
  expect(invite).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/i\/[A-Za-z0-9_-]+$/);
  await lead.page.getByTestId('invite-copy').click();
  await expect(lead.page.getByTestId('invite-status')).toHaveText('Copied. Paste it in a mail or chat message.');
  expect(await lead.page.evaluate(() => navigator.clipboard.readText())).toBe(invite);

  // Three members on their own devices.
  const links: string[] = [];
  const members = [];
  for (const [n, pick] of [
    [1, (s: number, i: number) => ((s + i) % 5) + 1],
    [2, () => 4],
    [3, (s: number) => (s % 5) + 1],
  ] as const) {
    const member = await person(browser);
    members.push(member);
    const link = await answerInvite(member.page, invite, pick);
    await expect(member.page.getByTestId('round-banner')).toHaveCount(0); // the banner is on the intro
    expect(link, `member ${n}`).toMatch(/#\/r\/[A-Za-z0-9_-]+$/);
    // What to do with it, in plain words.
    await expect(member.page.getByTestId('response-link-section')).toContainText('Send this link to your facilitator');
    links.push(link);
  }
  // Opening the invite again keeps the member's answers and id (it resumes on the result
  // with the same link); a changed answer makes a newer link from the same member.
  const third = members[2].page;
  await third.goto(invite);
  await expect(third.getByTestId('response-link')).toHaveValue(links[2]);
  await third.getByTestId('change-answers').click();
  const thirdScan = new ScanPage(third);
  await expect(thirdScan.progress).toContainText('Step 9 of 9');
  await thirdScan.option(0, 6).check();
  await thirdScan.next.click();
  const changed = await third.getByTestId('response-link').inputValue();
  expect(changed).not.toBe(links[2]);

  // The facilitator opens one response link: it lands on the import page, added.
  await lead.page.goto(links[0]);
  await expect(lead.page).toHaveURL(/#\/open$/);
  await expect(facilitator.rows()).toHaveCount(1);
  await expect(facilitator.rows().first()).toHaveAttribute('data-result', 'added');
  await expect(facilitator.rows().first()).toContainText('Added to Klantenteam Oost · Autumn 2026');

  // Back on the round page: the rest pasted at once, as a mail would carry them.
  await lead.page.goBack();
  await lead.page.goto(invite.replace(/#.*/, '#/team'));
  await lead.page.getByTestId('round-link').first().click();
  const broken = links[1].slice(0, links[1].length - 12);
  await facilitator.paste(
    `Hi, here are the links:\n${links[0]}\n${links[1]}\n\n<${links[2]}>\nand one that broke:\n${broken}\n`,
  );
  const rows = facilitator.rows();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveAttribute('data-result', 'already');
  await expect(rows.nth(1)).toHaveAttribute('data-result', 'added');
  await expect(rows.nth(2)).toHaveAttribute('data-result', 'added');
  await expect(rows.nth(3)).toHaveAttribute('data-result', 'broken');
  await expect(rows.nth(3)).toContainText('cut off');
  await expect(lead.page.getByTestId('import-summary')).toHaveText('Links checked: 4. Added: 2.');
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 3');

  // The third member's changed link: shown side by side, nothing replaced until chosen.
  await facilitator.paste(changed);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-result', 'conflict');
  const conflict = lead.page.getByTestId('conflict-view');
  await expect(conflict).toContainText('Differences: 1.');
  await expect(conflict.locator('tbody tr')).toHaveCount(1);
  await expect(conflict.locator('tbody td').nth(1)).toHaveText('Don’t know');
  const stored = async () => lead.page.evaluate(() => JSON.parse(localStorage.getItem('teambalans')!).teams.rounds[0].responses);
  const before = await stored();
  await expect(conflict.getByTestId('conflict-which-newer')).toHaveText(
    'The pasted answers were made later than the stored ones: they are the newest.',
  );
  await conflict.getByTestId('conflict-replace').click();
  await expect(rows.first()).toHaveAttribute('data-result', 'replaced');
  const after = await stored();
  expect(after).toHaveLength(3);
  expect(after.map((r: any) => r.member).sort()).toEqual(before.map((r: any) => r.member).sort());
  // The first statement of the last step is the 65th of the instrument: now "don't know" (6).
  expect(before.filter((r: any) => r.now[64] === '6')).toHaveLength(0);
  expect(after.filter((r: any) => r.now[64] === '6')).toHaveLength(1);
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 3');
  await expect(lead.page.getByTestId('not-enough')).toHaveCount(0);

  // The whole chat pasted again, the member's first link with it: it is older than the
  // correction, so it changes nothing and is never offered as the newer answers.
  await facilitator.paste(`${links[2]}\n${changed}`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-result', 'older');
  await expect(rows.nth(0)).toContainText('Older answers from someone whose newer answers are already stored');
  await expect(rows.nth(1)).toHaveAttribute('data-result', 'already');
  expect(await stored()).toEqual(after);

  for (const m of members) await m.context.close();
  await lead.context.close();
});

test('QR codes on the invite and response pages read back as the same links', async ({ browser }) => {
  test.setTimeout(90_000);
  const lead = await person(browser);
  const facilitator = new Facilitator(lead.page);
  await facilitator.createRound('QR team', 'Scan me', { askDesired: false });
  const invite = await facilitator.inviteLink();
  expect(await readQr(lead.page, '[data-testid=invite-qr] svg')).toBe(invite);

  const member = await person(browser);
  const response = await answerInvite(member.page, invite, () => 3);
  expect(await readQr(member.page, '[data-testid=response-qr] svg')).toBe(response);
  await member.context.close();
  await lead.context.close();
});

test('a response for a round this browser does not know makes that round, marked, to be placed in a team', async ({ browser }) => {
  test.setTimeout(90_000);
  const other = await person(browser);
  await new Facilitator(other.page).createRound('Elsewhere', 'Not here', { askDesired: false });
  const invite = await new Facilitator(other.page).inviteLink();
  const member = await person(browser);
  const response = await answerInvite(member.page, invite, () => 2);

  const lead = await person(browser);
  const facilitator = new Facilitator(lead.page);
  await facilitator.open('#/team');
  await lead.page.getByTestId('team-name').fill('Our team');
  await lead.page.getByTestId('create-team').click();
  await facilitator.open('#/open');
  // Links found in the text are listed; plain words around them are not links.
  await facilitator.paste(`Two links: ${response}\n${invite}\nthanks!`);
  const rows = facilitator.rows();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-result', 'new-round');
  await expect(rows.nth(1)).toHaveAttribute('data-result', 'open');
  await expect(rows.nth(1)).toContainText('This is an invite link, not a response.');
  // The link list stays until the next paste; then it lists only that paste.
  await facilitator.paste('not a link at all');
  await expect(rows).toHaveCount(1);
  await expect(rows.nth(0)).toHaveAttribute('data-result', 'broken');
  await expect(rows.nth(0)).toContainText('This is not a Teambalans link');
  await facilitator.paste(response);
  await expect(rows.nth(0)).toHaveAttribute('data-result', 'already');

  await facilitator.paste(`${response}`);
  await expect(rows.nth(0)).toHaveAttribute('data-result', 'already');
  await lead.page.goto(lead.page.url().replace(/#.*/, '#/team'));
  await expect(lead.page.getByTestId('unplaced-rounds')).toBeVisible();
  await lead.page.getByTestId('unplaced-rounds').getByTestId('round-link').click();
  await expect(lead.page.getByTestId('place-round')).toBeVisible();
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 1');
  await lead.page.getByTestId('place-title').fill('Found round');
  await lead.page.getByTestId('place-round-button').click();
  await expect(lead.page.getByTestId('place-round')).toHaveCount(0);
  await expect(facilitator.heading).toHaveText('Found round');
  await expect(lead.page.locator('.breadcrumb')).toContainText('Our team');
  for (const p of [other, member, lead]) await p.context.close();
});

test('broken and unknown links land on a plain-language page and change nothing', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/i/EQECAwQFBk-_AQMBJktsYW50ZW50');
  await expect(page.getByTestId('link-problem-message')).toContainText('cut off');
  await scan.open('#/r/%%%');
  await expect(page.getByTestId('link-problem-message')).toContainText('not a Teambalans link');
  expect(await scan.storedData()).toBeNull();
});

test.describe('in Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('session mode: two members on one device, and going back shows nothing of the first', async ({ page }) => {
    test.setTimeout(90_000);
    const facilitator = new Facilitator(page);
    await facilitator.createRound('Sessieteam', 'Teamdag', { askDesired: false });
    await page.getByTestId('start-session').click();
    await expect(page).toHaveURL(/\/session$/);
    await expect(page.getByTestId('round-banner')).toContainText('Persoon 1');

    const scan = new ScanPage(page);
    const answerAll = async (answer: number) => {
      await scan.begin();
      for (let step = 0; step < 9; step++) {
        await scan.answerAll(answer);
        await scan.next.click();
      }
    };
    await answerAll(5);
    await expect(page.getByTestId('session-handover')).toBeVisible();
    await expect(facilitator.heading).toHaveText('Dank je! Geef het apparaat aan de volgende persoon.');
    // Nothing of the first member is left in the page or in storage's session.
    await expect(page.locator('input[type=radio]')).toHaveCount(0);
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('teambalans')!).session);
    expect(Object.keys(session.scan.answers)).toHaveLength(0);

    // The back button leads out of the session, not into the first member's answers.
    await page.goBack();
    await expect(page.getByTestId('round-page')).toBeVisible();
    await expect(page.getByTestId('respondent-count')).toHaveText('Antwoorden ontvangen: 1');
    await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
    await expect(page.getByTestId('scan-result')).toHaveCount(0);
    await page.goForward();
    await expect(page.getByTestId('session-handover')).toBeVisible();

    await page.getByTestId('session-next').click();
    await expect(page.getByTestId('round-banner')).toContainText('Persoon 2');
    await scan.begin();
    await expect(page.locator('input[type=radio]:checked')).toHaveCount(0);
    await scan.back.click();
    await answerAll(1);
    await expect(page.getByTestId('session-finished')).toHaveText('Klaar in deze sessie: 2');
    await page.getByTestId('end-session').click();
    await page.getByTestId('end-session-confirm').click();
    await expect(page.getByTestId('round-page')).toBeVisible();
    await expect(page.getByTestId('respondent-count')).toHaveText('Antwoorden ontvangen: 2');
    const responses = await page.evaluate(() => JSON.parse(localStorage.getItem('teambalans')!).teams.rounds[0].responses);
    expect(responses.map((r: any) => r.now).sort()).toEqual(['1'.repeat(72), '5'.repeat(72)]);
  });
});

test('pasted links are listed on the page and round where they were pasted, nowhere else', async ({ browser }) => {
  const lead = await person(browser);
  const facilitator = new Facilitator(lead.page);
  await facilitator.createRound('Zorgteam Noord', 'Spring');
  const first = new URL(lead.page.url()).hash;
  await facilitator.paste('#/r/AAAAAAAAAAAAAAAA');
  await expect(facilitator.rows()).toHaveCount(1);
  await expect(lead.page.getByTestId('import-summary')).toHaveText('Links checked: 1. Added: 0.');

  // Everything below moves within the page (no reload), as a coach clicks through.
  const go = (hash: string) => lead.page.evaluate((h) => { location.hash = h; }, hash);
  await go('#/team');
  const card = lead.page.getByTestId('team-card').filter({ hasText: 'Zorgteam Noord' });
  // A team with a round folds its new-round form away.
  const form = card.getByTestId('new-round-form');
  if (!(await form.getByTestId('round-title').isVisible())) await card.getByTestId('new-round-toggle').click();
  await form.getByTestId('round-title').fill('Autumn');
  await form.getByTestId('create-round').click();
  await expect(facilitator.heading).toHaveText('Autumn');
  await expect(lead.page.getByTestId('respondent-count')).toHaveText('Answers received: 0');
  await expect(facilitator.rows()).toHaveCount(0);
  await expect(lead.page.getByTestId('import-summary')).toHaveCount(0);

  await go('#/open');
  await expect(lead.page.getByTestId('import-field')).toBeVisible();
  await expect(facilitator.rows()).toHaveCount(0);

  // Back on the first round, its own paste is still listed.
  await go(first);
  await expect(facilitator.heading).toHaveText('Spring');
  await expect(facilitator.rows()).toHaveCount(1);
  await lead.context.close();
});
