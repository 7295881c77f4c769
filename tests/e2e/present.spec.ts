import AxeBuilder from '@axe-core/playwright';
import { csvExport, readCsv } from './fixtures/exports';
import { expect, type Page, settled, test } from './fixtures/test';
import { ScanPage } from './fixtures/scan-page';

/** A team with two version 2 rounds: the spring round agreed two actions (both still
 * open), the autumn round has three of five expected answers and no actions yet. */
function teamForMeeting(): string {
  const v2 = (d: string) => d.repeat(72);
  const round = (id: string, title: string, days: number, answers: string[], actions: object[]) => ({
    id, team: '0a0b0c0d0e0f', title, date_days: days, ask_desired: false, min_group: 3, instrument: 2,
    created_at: 1795300000000 + days, origin: 'created',
    responses: answers.map((now, i) => ({
      member: `b${i}b${i}b${i}b${i}b${i}b${i}`, revision: 1400000 + i, now, added_at: 1795300002000,
      trade_offs: Array(9).fill([3 + 3 * i, null]),
    })),
    actions,
    expected: { members: 5, set_at: 1795300000000 },
  });
  const action = (created_at: number, who: string, what: string) => ({
    created_at, who, what, status: 'open', updated_at: created_at + 1,
  });
  return JSON.stringify({
    schema_version: 4,
    teams: {
      teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats', created_at: 1795300000000 }],
      rounds: [
        round('111111111111', 'Spring', 20300, [v2('4'), v2('2'), v2('5')], [
          action(1795300010000, 'Anouk', 'Call one customer every Monday'),
          action(1795300020000, '', 'Retro every other week'),
        ]),
        round('555555555555', 'Autumn', 20415, [v2('1'), v2('3'), v2('5')], []),
      ],
    },
  });
}

const PRESENT = '#/round/555555555555/present';

async function seed(page: Page) {
  const app = new ScanPage(page);
  await app.open('#/');
  await page.evaluate((doc) => localStorage.setItem('teambalans', doc), teamForMeeting());
  await page.reload();
  await app.ready();
  return app;
}

const texts = {
  'en-GB': {
    position: (n: number) => `Screen ${n} of 8`, count: '3 of 5 answered', open: 'Present in the team meeting',
    ask: 'Anouk, what did you do with ‘Call one customer every Monday’?', askAnyone: 'What did you do with ‘Retro every other week’?',
    done: 'done', dropped: 'dropped', full: 'That makes three',
  },
  'nl-NL': {
    position: (n: number) => `Scherm ${n} van 8`, count: '3 van de 5 hebben de vragen ingevuld', open: 'Presenteren in het teamoverleg',
    ask: 'Anouk, wat heb jij gedaan met ‘Call one customer every Monday’?', askAnyone: 'Wat heb jij gedaan met ‘Retro every other week’?',
    done: 'gedaan', dropped: 'laten vallen', full: 'Dat zijn er drie',
  },
} as const;

test.use({ viewport: { width: 1920, height: 1080 } });

for (const locale of ['en-GB', 'nl-NL'] as const) {
  const t = texts[locale];
  test.describe(locale, () => {
    test.use({ locale });

    test(`the whole meeting by keyboard alone, kept over a reload (${locale})`, async ({ page }) => {
      test.setTimeout(60_000);
      const app = await seed(page);
      await app.open('#/round/555555555555/results');
      const open = page.getByTestId('present-open');
      await expect(open).toHaveText(t.open);
      await open.focus();
      await expect(open).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${PRESENT}$`));

      const heading = page.getByTestId('present-heading');
      const position = page.getByTestId('present-position');
      const present = page.getByTestId('present');
      await expect(position).toHaveText(t.position(1));
      await expect(position).toHaveAttribute('aria-live', 'polite');
      await expect(heading).toBeFocused();
      await expect(page.getByTestId('present-count')).toHaveText(t.count);
      await expect(page.getByTestId('present-version')).toHaveText('2');

      // Arrow keys and a clicker's Page Down / Page Up move; the ends hold.
      await page.keyboard.press('ArrowLeft');
      await expect(position).toHaveText(t.position(1));
      await page.keyboard.press('ArrowRight');
      await expect(position).toHaveText(t.position(2));
      await expect(present).toHaveAttribute('data-screen', 'plane');
      await expect(page.getByTestId('zone-plane')).toBeVisible();
      await expect(heading).toBeFocused();
      await page.keyboard.press('PageDown');
      await expect(position).toHaveText(t.position(3));
      await expect(present).toHaveAttribute('data-screen', /^point/);
      await page.keyboard.press('PageUp');
      await expect(position).toHaveText(t.position(2));
      await page.keyboard.press('PageDown');
      await expect(heading).toBeFocused();
      await expect(page.getByTestId('present-prompt').first()).toBeVisible();
      const firstPoint = await page.getByTestId('present-point').getAttribute('data-dimension');

      // A note: arrow keys, Page Down and Escape typed in it stay in it.
      await page.keyboard.press('Tab');
      const note = page.getByTestId('present-note');
      await expect(note).toBeFocused();
      await page.keyboard.type('We see it differently');
      for (const key of ['ArrowLeft', 'ArrowRight', 'PageDown', 'PageUp', 'Escape', 'End']) await page.keyboard.press(key);
      await page.keyboard.type(' ← → ok');
      await expect(position).toHaveText(t.position(3));
      await expect(page).toHaveURL(new RegExp(`${PRESENT}$`));
      await expect(note).toHaveValue('We see it differently ← → ok');
      // Out of the field (Tab), the keys move again.
      await page.keyboard.press('Tab');
      await expect(note).not.toBeFocused();
      await page.keyboard.press('ArrowRight');
      await expect(position).toHaveText(t.position(4));
      await page.keyboard.press('ArrowRight');
      await expect(position).toHaveText(t.position(5));
      await page.keyboard.press('ArrowRight');

      // Last time's actions in the I-form: done, partly done, still open or dropped.
      await expect(position).toHaveText(t.position(6));
      await expect(present).toHaveAttribute('data-screen', 'review');
      const items = page.getByTestId('present-review-item');
      await expect(items).toHaveCount(2);
      await expect(items.nth(0)).toContainText(t.ask);
      await expect(items.nth(1)).toContainText(t.askAnyone);
      // The screen's heading has the focus before Tab counts from it.
      await expect(heading).toBeFocused();
      await page.keyboard.press('Tab');
      const done = items.nth(0).locator('[data-status="Done"]');
      await expect(done).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(items.nth(0)).toHaveAttribute('data-status', 'Done');
      await expect(done).toBeFocused();
      // Four statuses per action (the dashboard's set): on to the second's last.
      for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
      await expect(items.nth(1).locator('[data-status="Dropped"]')).toBeFocused();
      await page.keyboard.press('Space');
      await expect(items.nth(1)).toHaveAttribute('data-status', 'Dropped');
      await expect(items.nth(1).locator('[data-status="Dropped"]')).toHaveAttribute('aria-pressed', 'true');

      // New actions: at most three, typed and added with Enter.
      await page.keyboard.press('PageDown');
      await expect(present).toHaveAttribute('data-screen', 'newactions');
      await expect(heading).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByTestId('action-what')).toBeFocused();
      for (const [i, [what, who]] of [['Demo every sprint', 'Mo'], ['Board for decisions', 'Sam'], ['Lunch together', '']].entries()) {
        // Back from the 'who' field to 'what' after an action is added.
        if (i > 0) await page.keyboard.press('Shift+Tab');
        await expect(page.getByTestId('action-what')).toBeFocused();
        await page.keyboard.type(what);
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('Tab');
        await expect(page.locator('#action-who')).toBeFocused();
        await page.keyboard.type(who);
        await page.keyboard.press('Enter');
        // Added (and the form emptied) before the next keys go to it.
        await expect(page.getByTestId('action-item')).toHaveCount(i + 1);
        if (i === 0) {
          // Still in the field, a clicker's Page Down moves on and Page Up comes back:
          // no Tabs out of the form first. The arrows stayed the field's (above).
          await expect(page.locator('#action-who')).toBeFocused();
          await page.keyboard.press('PageDown');
          await expect(position).toHaveText(t.position(8));
          await page.keyboard.press('PageUp');
          await expect(present).toHaveAttribute('data-screen', 'newactions');
          await expect(heading).toBeFocused();
          await page.locator('#action-who').focus();
        }
      }
      await expect(page.getByTestId('action-item')).toHaveCount(3);
      await expect(position).toHaveText(t.position(7));
      await expect(page.getByTestId('present-new-full')).toContainText(t.full);
      await expect(page.getByTestId('action-what')).toHaveCount(0);

      // The closing screen: what was agreed, and the results link.
      await page.keyboard.press('PageDown');
      await expect(position).toHaveText(t.position(8));
      const agreed = page.getByTestId('present-agreed').locator('li');
      await expect(agreed).toHaveText(['Mo — Demo every sprint', 'Sam — Board for decisions', 'Lunch together']);
      await expect(page.getByTestId('present-closing-review')).toContainText(`Call one customer every Monday — ${t.done}`);
      await expect(page.getByTestId('present-closing-review')).toContainText(`Retro every other week — ${t.dropped}`);
      await expect(page.getByTestId('present-closing-notes')).toContainText('We see it differently ← → ok');
      await expect(page.getByTestId('results-link')).toHaveValue(/#\/s\//);
      await page.keyboard.press('ArrowRight');
      await expect(position).toHaveText(t.position(8));

      // A reload keeps notes and actions.
      await page.reload();
      await app.ready();
      await expect(position).toHaveText(t.position(1));
      await page.keyboard.press('End');
      await expect(position).toHaveText(t.position(8));
      await expect(agreed).toHaveCount(3);
      await page.keyboard.press('Home');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expect(page.getByTestId('present-point')).toHaveAttribute('data-dimension', firstPoint!);
      await expect(page.getByTestId('present-note')).toHaveValue('We see it differently ← → ok');
      const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('teambalans')))!);
      const autumn = stored.teams.rounds.find((r: { id: string }) => r.id === '555555555555');
      expect(autumn.notes).toEqual([expect.objectContaining({ dimension: Number(firstPoint), text: 'We see it differently ← → ok' })]);
      const spring = stored.teams.rounds.find((r: { id: string }) => r.id === '111111111111');
      expect(spring.actions.map((a: { status: string }) => a.status)).toEqual(['done', 'dropped']);

      // Escape leaves for the dashboard.
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/#\/round\/555555555555\/results$/);
      await expect(page.getByTestId('dashboard')).toBeVisible();
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`every screen: no WCAG 2.2 A/AA violations, type of 24 px and more (${locale}, ${scheme})`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.emulateMedia({ colorScheme: scheme });
        const app = await seed(page);
        await app.open(PRESENT);
        for (let n = 1; n <= 8; n++) {
          await expect(page.getByTestId('present-position')).toHaveText(t.position(n));
          await settled(page);
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).slice(0, 3).join(' | ')}`);
          expect(found, `screen ${n}`).toEqual([]);
          // Readable from the back of the room: the screen's text and the heading.
          const sizes = await page.evaluate(() => {
            const px = (e: Element | null) => (e ? parseFloat(getComputedStyle(e).fontSize) : 0);
            const texts = [...document.querySelectorAll('.present-screen p, .present-screen li, .present-screen label')]
              .filter((e) => !e.closest('.chart, .zone-plane, .results-out') && (e as HTMLElement).offsetParent !== null);
            return { body: px(document.querySelector('.present')), heading: px(document.querySelector('#page-heading')), least: Math.min(...texts.map(px)) };
          });
          expect(sizes.body, `screen ${n}`).toBeGreaterThanOrEqual(24);
          expect(sizes.least, `screen ${n}`).toBeGreaterThanOrEqual(24);
          expect(sizes.heading, `screen ${n}`).toBeGreaterThanOrEqual(40);
          await page.getByTestId('present-heading').focus();
          await page.keyboard.press('ArrowRight');
        }
      });
    }
  });
}

for (const width of [1280, 360]) {
  test(`nothing overflows sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const app = await seed(page);
    await app.open(PRESENT);
    for (let n = 1; n <= 8; n++) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `screen ${n}`).toBeLessThanOrEqual(0);
      if (n < 8) {
        await page.getByTestId('present-next').click();
        await expect(page.getByTestId('present-position')).toContainText(` ${n + 1} `);
      } else await expect(page.getByTestId('present-next')).toBeDisabled();
    }
  });
}

// One set of action statuses (issue 30, point 5): each set in one place (the meeting or
// the dashboard) is read the same in every other: the other place's pressed button, the
// meeting's closing screen, the stored round, the CSV export and the results link.
const STATUSES = {
  Done: { code: 'done', 'nl-NL': 'gedaan', 'en-GB': 'done' },
  Partly: { code: 'partly', 'nl-NL': 'deels gedaan', 'en-GB': 'partly done' },
  Open: { code: 'open', 'nl-NL': 'loopt nog', 'en-GB': 'still open' },
  Dropped: { code: 'dropped', 'nl-NL': 'laten vallen', 'en-GB': 'dropped' },
} as const;
type Status = keyof typeof STATUSES;

for (const locale of ['nl-NL', 'en-GB'] as const) {
  test(`each action status set in one place reads the same everywhere (${locale})`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ locale, baseURL, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await seed(page);
    const DASHBOARD = '#/round/555555555555/results';
    // Two passes over the spring round's two actions: every status once, half of them
    // set in the meeting and half on the dashboard.
    const passes: [[Status, 'meeting' | 'dashboard'], [Status, 'meeting' | 'dashboard']][] = [
      [['Partly', 'meeting'], ['Dropped', 'dashboard']],
      [['Open', 'dashboard'], ['Done', 'meeting']],
    ];
    for (const pass of passes) {
      for (const [i, [status, where]] of pass.entries()) {
        if (where === 'meeting') {
          await page.goto(`${PRESENT}`);
          await page.getByTestId('present-heading').waitFor();
          await page.keyboard.press('End');
          await page.keyboard.press('PageUp');
          await page.keyboard.press('PageUp');
          await expect(page.getByTestId('present')).toHaveAttribute('data-screen', 'review');
          await page.getByTestId('present-review-item').nth(i).locator(`[data-status="${status}"]`).click();
        } else {
          await page.goto(DASHBOARD);
          await page.getByTestId('action-review').nth(i).locator(`[data-status="${status}"]`).click();
        }
      }
      const [[first], [second]] = pass;
      const labels = [STATUSES[first][locale], STATUSES[second][locale]];
      // The meeting: its buttons and its closing screen.
      await page.goto(`${PRESENT}`);
      await page.getByTestId('present-heading').waitFor();
      await page.keyboard.press('End');
      const closing = page.getByTestId('present-closing-review');
      await expect(closing).toContainText(`Call one customer every Monday — ${labels[0]}`);
      await expect(closing).toContainText(`Retro every other week — ${labels[1]}`);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageUp');
      const asked = page.getByTestId('present-review-item');
      for (const [i, status] of [first, second].entries()) {
        await expect(asked.nth(i).locator('[aria-pressed="true"]')).toHaveAttribute('data-status', status);
        await expect(asked.nth(i).locator('[aria-pressed="true"]')).toHaveText(STATUSES[status][locale]);
      }
      // The dashboard: its buttons, its stored round and its CSV.
      await page.goto(DASHBOARD);
      const review = page.getByTestId('action-review');
      for (const [i, status] of [first, second].entries()) {
        await expect(review.nth(i).locator('[aria-pressed="true"]')).toHaveAttribute('data-status', status);
        await expect(review.nth(i).locator('[aria-pressed="true"]')).toHaveText(STATUSES[status][locale]);
      }
      const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('teambalans')))!);
      const spring = stored.teams.rounds.find((r: { id: string }) => r.id === '111111111111');
      expect(spring.actions.map((a: { status: string }) => a.status)).toEqual([STATUSES[first].code, STATUSES[second].code]);
      const actions = readCsv((await csvExport(page)).files['actions.csv'], locale === 'nl-NL' ? ';' : ',');
      for (const [i, status] of [first, second].entries()) {
        expect(actions[1 + i].slice(2, 4)).toEqual([STATUSES[status].code, STATUSES[status][locale]]);
      }
      // The results link, opened in a fresh browser.
      const link = await page.getByTestId('results-link').inputValue();
      const other = await browser.newContext({ locale, baseURL });
      const reader = await other.newPage();
      await reader.goto(link);
      await reader.getByTestId('agreed-review').waitFor();
      const read = reader.getByTestId('agreed-review').getByTestId('agreed-action');
      for (const [i, status] of [first, second].entries()) {
        await expect(read.nth(i)).toHaveAttribute('data-status', status);
        await expect(read.nth(i).getByTestId('action-follow-up')).toHaveText(STATUSES[status][locale]);
      }
      await other.close();
    }
    await context.close();
  });
}

/** The largest meeting: version 3, twenty actions of 80 characters from last time with
 * long names, five own statements, long notes and three new actions typed in. */
function largestMeeting(): string {
  const v3 = (d: string) => d.repeat(72);
  const what = (i: number) => `Actie ${String(i + 1).padStart(2, '0')}: elke week één klant bellen en wat we horen op het bord zetten`.padEnd(80, '.');
  const round = (id: string, title: string, days: number, actions: object[]) => ({
    id, team: '0a0b0c0d0e0f', title, date_days: days, ask_desired: false, min_group: 3, instrument: 3,
    created_at: 1795300000000 + days, origin: 'created',
    own_statements: Array.from({ length: 5 }, (_, i) => `Eigen stelling ${i + 1}: wie een idee heeft voor beter werken, krijgt daar tijd voor`),
    responses: ['4', '2', '5', '1'].map((d, i) => ({
      member: `b${i}b${i}b${i}b${i}b${i}b${i}`, revision: 1400000 + i, now: v3(d), added_at: 1795300002000,
      trade_offs: Array(9).fill([2 + 2 * i, null]), own: '12345',
    })),
    actions,
    expected: { members: 5, set_at: 1795300000000 },
  });
  const action = (i: number) => ({
    created_at: 1795300010000 + i, who: 'Anne-Marije van den Broek-Verhoeven', what: what(i), status: 'open',
    updated_at: 1795300010001 + i, dimension: 1 + (i % 9), by_days: 20420,
  });
  return JSON.stringify({
    schema_version: 6,
    teams: {
      teams: [{ id: '0a0b0c0d0e0f', name: 'Werkplaats Noord-Oost en Omstreken', created_at: 1795300000000 }],
      rounds: [
        round('111111111111', 'Voorjaar', 20300, Array.from({ length: 20 }, (_, i) => action(i))),
        round('555555555555', 'Najaar met een lange titel voor de ronde', 20415, []),
      ],
    },
  });
}

/** Problems with the screen as a projector shows it: anything to scroll, the focus out
 * of sight, the key hint or the plane's legend not beside the plane. */
function screenProblems(): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  const where = document.querySelector('[data-testid=present]')?.getAttribute('data-screen');
  if (root.scrollHeight > innerHeight + 1) problems.push(`${where}: ${root.scrollHeight - innerHeight} px to scroll`);
  if (root.scrollWidth > innerWidth + 1) problems.push(`${where}: ${root.scrollWidth - innerWidth} px sideways`);
  const inSight = (el: Element | null) => {
    const r = el?.getBoundingClientRect();
    return !!r && r.width > 0 && r.top >= 0 && r.bottom <= innerHeight + 1 && r.left >= 0 && r.right <= innerWidth + 1;
  };
  if (!inSight(document.activeElement)) problems.push(`${where}: the focus (${document.activeElement?.tagName}) is out of sight`);
  if (!inSight(document.querySelector('.present-keys'))) problems.push(`${where}: no key hint in sight`);
  const plane = document.querySelector('.present-plane svg.zone-plane');
  const legend = document.querySelector('.present-plane .plane-legend');
  if (plane && (!inSight(legend) || legend!.getBoundingClientRect().left < plane.getBoundingClientRect().right - 1)) {
    problems.push(`${where}: the legend is not beside the plane`);
  }
  return problems;
}

for (const locale of ['nl-NL', 'en-GB'] as const) {
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    test(`every screen of the largest meeting fits ${width}×${height} unscrolled (${locale})`, async ({ browser, baseURL }) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({ locale, baseURL, viewport: { width, height } });
      const page = await context.newPage();
      const app = new ScanPage(page);
      await app.open('#/');
      await page.evaluate((doc) => localStorage.setItem('teambalans', doc), largestMeeting());
      await page.reload();
      await app.ready();
      await app.open(PRESENT);
      const position = page.getByTestId('present-position');
      const heading = page.getByTestId('present-heading');
      const found: string[] = [];
      const total = Number((await position.textContent())!.match(/(\d+)\D*$/)![1]);
      // Answered, plane, three points, five screens of four actions, new, closing.
      expect(total).toBe(12);
      for (let n = 1; n <= total; n++) {
        await expect(position).toContainText(` ${n} `);
        await expect(heading).toBeFocused();
        const screen = await page.getByTestId('present').getAttribute('data-screen');
        if (screen?.startsWith('point')) {
          // A long note, then Tab on: the control after it is in sight.
          await page.keyboard.press('Tab');
          await page.keyboard.type('Wat we zagen: '.repeat(12));
          await page.keyboard.press('Tab');
          found.push(...await page.evaluate(screenProblems));
        }
        if (screen === 'review') {
          await expect(heading).toContainText(/\d+–\d+/);
          await expect(page.getByTestId('present-review-item')).toHaveCount(4);
          await page.getByTestId('present-review-item').last().locator('[data-status="Partly"]').click();
        }
        if (screen === 'newactions') {
          for (const i of [1, 2, 3]) {
            await page.getByTestId('action-what').fill(`Nieuwe afspraak ${i}: ${'elke week samen kijken wat beter kan'.padEnd(70, '.')}`);
            await page.locator('#action-who').fill('Anne-Marije van den Broek');
            await page.locator('#action-who').press('Enter');
            await expect(page.getByTestId('action-item')).toHaveCount(i);
          }
        }
        found.push(...await page.evaluate(screenProblems));
        // TB_SHOTS=1 keeps each screen for a person to look at (not part of the check).
        if (process.env.TB_SHOTS) await page.screenshot({ path: `/tmp/shots/big-${width}-${locale}-${n}.png`, fullPage: true });
        if (n < total) {
          await page.getByTestId('present-next').click();
        }
      }
      await context.close();
      expect([...new Set(found)]).toEqual([]);
    });
  }
}
