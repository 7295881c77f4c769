// Volume in the browser: one paste of 200 response links into a round, and of 100 teams'
// results links into an organisation, in the release build in headless Chromium, each
// beside a baseline measured in the same run. Part of tests/bench/bench.mjs; on its own:
//   node tests/bench/volume.mjs [dist]
//
// What is timed: from the click on the paste button until the page shows every link taken
// in (the round's "Answers received: 200", or the organisation's 100 teams) and the frame
// that shows it has been drawn; the app's whole work in between: reading the links,
// storing them, saving the document to local storage and drawing the page anew.
//
// The baseline: a plain HTML page doing the same DOM work without the app. Its textarea
// holds the same text; its button splits it into lines and lists one row per line with a
// count above, in the same wait for the drawn frame. That is what the browser itself
// costs for this volume on this machine under this run's load; what the app costs is how
// far above it the app's figure is. Both are the median of five, interleaved, each
// starting from the same stored document (the fixture's seed, set and reloaded).
import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const RUNS = 5;
const volume = JSON.parse(readFileSync(new URL('../e2e/fixtures/volume-links.json', import.meta.url), 'utf8'));
const chat = (fragments) => fragments.map((f) => `https://teambalans.example/${f}`).join('\n');
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// Fills `field` (firing `input`, as typing or pasting does), clicks `button`, and resolves
// with the ms until `done` (a selector and its expected text) holds in a drawn frame.
const pasteTimed = async ({ field, button, done, text, count }) => {
  const area = document.querySelector(field);
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  const holds = () => {
    const el = document.querySelectorAll(done.selector);
    return count ? el.length === count : [...el].some((e) => e.textContent.trim() === done.text);
  };
  const start = performance.now();
  document.querySelector(button).click();
  await new Promise((resolve) => {
    const check = () => (holds() ? resolve() : requestAnimationFrame(check));
    check();
  });
  // The frame that shows it has been drawn.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
};

// The plain page of the baseline: a textarea and a button that lists one row per line.
const plainPage = `<!doctype html><html><body>
<textarea id=field rows=5></textarea><button id=go type=button>Add</button>
<p id=summary></p><ul id=rows></ul>
<script>
document.getElementById('go').addEventListener('click', () => {
  const lines = document.getElementById('field').value.split('\\n').filter((l) => l.trim());
  const list = document.getElementById('rows');
  list.replaceChildren(...lines.map((line) => {
    const li = document.createElement('li');
    const strong = document.createElement('strong');
    strong.textContent = line.slice(0, 40);
    li.append(strong, ' Added.');
    return li;
  }));
  document.getElementById('summary').textContent = 'Links checked: ' + lines.length + '. Added: ' + lines.length + '.';
  document.getElementById('field').value = '';
});
</script></body></html>`;

/** Prints the volume figures, measured on the app served at `origin` (ending in "/"). */
export async function measureVolume(browser, origin, figure) {
  // No service worker: it would answer the plain page's address with the app's own page.
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  const plain = `${origin}plain-volume.html`;
  await page.route(plain, (route) => route.fulfill({ contentType: 'text/html', body: plainPage }));

  // The app at `fragment`, with the fixture's stored document loaded.
  const seeded = async (fragment) => {
    await page.goto(`${origin}#/`);
    await page.waitForSelector('html[data-ready]');
    await page.evaluate((doc) => { localStorage.clear(); localStorage.setItem('teambalans', doc); }, volume.storage);
    await page.goto(`${origin}${fragment}`);
    await page.reload();
    await page.waitForSelector('html[data-ready]');
  };
  const plainRun = async (text, lines) => {
    await page.goto(plain);
    return page.evaluate(pasteTimed, {
      field: '#field', button: '#go', text, count: lines, done: { selector: '#rows > li' },
    });
  };

  const responses = chat(volume.responses);
  const results = chat(volume.results.map((t) => t.link));
  const times = { round: [], roundPlain: [], org: [], orgPlain: [] };
  for (let i = 0; i < RUNS; i++) {
    await seeded(`#/round/${volume.round}`);
    await page.waitForSelector('[data-testid=import-field]');
    times.round.push(await page.evaluate(pasteTimed, {
      field: '[data-testid=import-field]', button: '[data-testid=import-button]', text: responses,
      done: { selector: '[data-testid=respondent-count]', text: 'Answers received: 200' },
    }));
    times.roundPlain.push(await plainRun(responses, 200));
    await seeded(`#/org/${volume.organisation}`);
    await page.waitForSelector('[data-testid=org-paste-field]');
    times.org.push(await page.evaluate(pasteTimed, {
      field: '[data-testid=org-paste-field]', button: '[data-testid=org-paste-button]', text: results,
      count: 100, done: { selector: '[data-testid=org-team]' },
    }));
    times.orgPlain.push(await plainRun(results, 100));
  }
  // Taken in, every one: the page said so above; the stored document says so too.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('teambalans')));
  const org = stored.organisations.organisations.find((o) => o.id === volume.organisation);
  if (org?.teams.length !== 100) throw new Error(`the organisation kept ${org?.teams.length} of 100 teams`);
  await context.close();

  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  figure('paste_200_responses_browser_ms', m.round, 'ms');
  figure('paste_200_lines_plain_page_ms', m.roundPlain, 'ms');
  figure('org_paste_100_results_browser_ms', m.org, 'ms');
  figure('paste_100_lines_plain_page_ms', m.orgPlain, 'ms');
  console.log(`compare: pasting 200 response links into a round takes ${(m.round - m.roundPlain).toFixed(0)} ms more than a plain page listing the same 200 lines, 100 results links into an organisation ${(m.org - m.orgPlain).toFixed(0)} ms more than one listing those 100, measured in this run`);
}

// On its own: serve the build, launch Chromium, measure, stop.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const port = 4189;
  const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const figure = (name, value, unit) => console.log(`figure: ${name} = ${value.toFixed(1)} ${unit}`);
  try {
    await measureVolume(browser, `http://127.0.0.1:${port}/`, figure);
  } finally {
    await browser.close();
    server.kill();
  }
}
