import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/test';
import { Facilitator, person } from './fixtures/round-pages';
import { ScanPage } from './fixtures/scan-page';

test.use({ locale: 'en-GB' });

test('corrupt stored data is set aside, never deleted, and the app keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('teambalans', '{"schema_version": 1, "scan": {"answers": 12');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await expect(page.getByTestId('storage-banner')).toContainText('damaged');
  const rescued = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('teambalans.unreadable.')).map((k) => localStorage.getItem(k)),
  );
  expect(rescued).toEqual(['{"schema_version": 1, "scan": {"answers": 12']);
  await scan.begin();
  await scan.option(0, 4).check();
  expect((await scan.storedData()).scan.answers).toBeTruthy();
});

test('data from a newer Teambalans is never overwritten', async ({ page }) => {
  const newer = '{"schema_version": 99, "future": true}';
  await page.addInitScript((value) => localStorage.setItem('teambalans', value), newer);
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await expect(page.getByTestId('storage-banner')).toContainText('newer version');
  await scan.begin();
  await scan.option(0, 4).check();
  await expect(scan.option(0, 4)).toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('teambalans'))).toBe(newer);
});

test('a full storage keeps the answers in memory and says so', async ({ page }) => {
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await scan.begin();
  // Fill this origin's quota, leaving no room for the next save.
  await page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 8) {
      try { localStorage.setItem(`fill-${i++}`, 'x'.repeat(size)); } catch { size >>= 1; }
    }
  });
  await scan.option(0, 5).check();
  await expect(page.getByTestId('storage-banner')).toContainText('storage is full');
  await scan.option(1, 4).check();
  await scan.next.click();
  await scan.back.click();
  await expect(scan.option(0, 5)).toBeChecked();
  await expect(scan.option(1, 4)).toBeChecked();
  // Once there is room again, the next change saves everything and the banner goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fill-')).forEach((k) => localStorage.removeItem(k)));
  await scan.option(2, 3).check();
  await expect(page.getByTestId('storage-banner')).toHaveCount(0);
  const stored = await scan.storedData();
  expect(Object.keys(stored.scan.answers)).toHaveLength(3);
});

test('with storage switched off (private mode) the scan still works and says how to keep answers', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const scan = new ScanPage(page);
  await scan.open('#/scan');
  await expect(page.getByTestId('storage-banner')).toContainText('does not let Teambalans save');
  await scan.begin();
  await scan.answerAll(4);
  await scan.next.click();
  await scan.back.click();
  for (let i = 0; i < 4; i++) await expect(scan.option(i, 4)).toBeChecked();
});

test('storage full in the middle of a round: answers stay in memory and the response link still works', async ({ browser }) => {
  test.setTimeout(90_000);
  const lead = await person(browser, 'en-GB');
  const facilitator = new Facilitator(lead.page);
  await facilitator.createRound('Full', 'No room', { askDesired: false });
  const invite = await facilitator.inviteLink();
  // The browser is asked to keep the data once there is a round, and says how it is.
  await facilitator.open('#/team');
  await expect(lead.page.getByTestId('storage-status')).toContainText('In use by Teambalans here, app files included:');

  const member = await person(browser, 'en-GB');
  const scan = new ScanPage(member.page);
  await member.page.goto(invite);
  await scan.ready();
  await scan.begin();
  await member.page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 8) {
      try { localStorage.setItem(`fill-${i++}`, 'x'.repeat(size)); } catch { size >>= 1; }
    }
  });
  await scan.answerWholeScan(() => 2);
  await expect(member.page.getByTestId('storage-banner')).toContainText('storage is full');
  const link = await member.page.getByTestId('response-link').inputValue();
  await member.context.close();

  await facilitator.open('#/open');
  await facilitator.paste(link);
  await expect(facilitator.rows().first()).toHaveAttribute('data-result', 'added');
  await lead.context.close();
});

test('a round address after the browser cleared its storage says so, and a backup brings the round back', async ({ browser, baseURL }) => {
  const lead = await person(browser);
  const page = lead.page;
  const facilitator = new Facilitator(page);
  await facilitator.createRound('Werkplaats', 'Autumn');
  const roundUrl = page.url();
  await facilitator.createRound('Kantoor', 'Gone soon');
  const deletedUrl = page.url();
  await page.getByTestId('delete-round').click();
  await page.getByTestId('delete-round-confirm').click();
  await expect(page.getByTestId('team-page')).toBeVisible();

  // A deleted round, and one this browser never had, are told apart.
  await page.goto(deletedUrl);
  await expect(page.getByTestId('round-missing')).toContainText('This round was deleted in this browser.');
  await page.goto(roundUrl.replace(/#\/round\/[0-9a-f]+/, '#/round/0123456789ab'));
  await expect(page.getByTestId('round-missing')).toContainText('made in another browser');

  await facilitator.open('#/team');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-make').click()]);
  const backup = readFileSync((await file.path())!, 'utf8');

  // Eviction: the browser drops everything this origin stored, all at once.
  await page.goto('about:blank');
  const cdp = await lead.context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' });
  await facilitator.open('#/team');
  await expect(page.getByTestId('restore-hint')).toContainText('restore your latest backup file');
  await page.goto(roundUrl);
  await page.reload();
  await expect(page.getByTestId('storage-cleared')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Nothing stored in this browser');
  await expect(page.getByTestId('storage-cleared')).toContainText('Restore your latest backup file');

  await page.getByTestId('backup-file').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
  await expect(page.getByTestId('backup-contents')).toContainText('2 teams, 1 round,');
  await page.getByTestId('backup-restore').click();
  // The page the facilitator came for is back, with its invite.
  await expect(page.getByTestId('round-page')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Autumn');
  await expect(page.getByTestId('invite-link')).toHaveValue(/#\/i\//);
  await lead.context.close();
});

test('a backup brings back a round deleted since, and it stays back after a reload', async ({ page }) => {
  const facilitator = new Facilitator(page);
  await facilitator.createRound('Kantoor', 'Comes back');
  const roundUrl = page.url();
  await facilitator.open('#/team');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-make').click()]);
  const backup = readFileSync((await file.path())!, 'utf8');

  await page.goto(roundUrl);
  await page.getByTestId('delete-round').click();
  await page.getByTestId('delete-round-confirm').click();
  await expect(page.getByTestId('team-page')).toBeVisible();

  // Restoring is asked for: the stored deletion mark does not delete it again on saving.
  await page.getByTestId('backup-file').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
  await page.getByTestId('backup-restore').click();
  await expect(page.getByTestId('backup-restored')).toContainText('0 teams, 1 round,');
  await page.reload();
  await facilitator.ready();
  await page.goto(roundUrl);
  await expect(page.getByTestId('round-page')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Comes back');
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('teambalans')))!);
  expect(stored.teams.rounds.map((r: { title: string }) => r.title)).toEqual(['Comes back']);
});
