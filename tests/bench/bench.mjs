// The benchmark: sizes of the release build, time to interactive and pasting at volume in
// headless Chromium.
// Every figure is printed as `figure: <name> = <value> <unit> (budget <v> <unit>: ok|over)`.
// Timings are compared with a baseline page loaded in the same run on the same server,
// because this machine is shared and noisy: compare within a run, never across runs.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { dataSegments } from './wasm.mjs';
import { measureVolume } from './volume.mjs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { figure, median, serve, PEER, INVITE } from './common.mjs';

const dist = process.argv[2] ?? 'dist';
const LOADS = 10;
const PORT = 4179;
// The whole app's size (wasm + js + css + html, brotli) as a guard against growth, not a
// goal: what members feel is the time until they can answer (issue "Ship it").
const SIZE_BUDGET_KB = 300;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function sizes(paths) {
  let raw = 0, gzip = 0, brotli = 0;
  for (const path of paths) {
    const body = readFileSync(path);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
    brotli += brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length;
  }
  return { raw, gzip, brotli };
}

const kb = (bytes) => bytes / 1024;
// The member's lean front-end (teambalans-member-*) sits beside the whole app in dist/:
// the whole app's figures leave it out, and the member's path is a figure of its own.
const isMember = (p) => /(^|\/)teambalans-member-[^/]*$/.test(p);
const everything = files(dist).filter((p) => !/\.(br|gz)$/.test(p));
const all = everything.filter((p) => !isMember(p));
const byKind = {
  wasm: all.filter((p) => extname(p) === '.wasm'),
  js: all.filter((p) => extname(p) === '.js'),
  css: all.filter((p) => extname(p) === '.css'),
  html: all.filter((p) => extname(p) === '.html'),
};
let total = 0;
for (const [kind, paths] of Object.entries(byKind)) {
  const s = sizes(paths);
  console.log(`size: ${kind.padEnd(4)} raw ${kb(s.raw).toFixed(1)} KB, gzip ${kb(s.gzip).toFixed(1)} KB, brotli ${kb(s.brotli).toFixed(1)} KB`);
  total += s.brotli;
  figure(`app_${kind}_brotli`, kb(s.brotli), 'KB');
}
figure('app_brotli_total', kb(total), 'KB', SIZE_BUDGET_KB);
// What a member's phone fetches for an invite: the page, the rest of the styles (which the
// loader fetches for either front-end), the member's glue and wasm.
const memberPath = sizes([...byKind.html, ...byKind.css, ...everything.filter((p) => isMember(p) && /\.(js|wasm)$/.test(p))]);
figure('member_path_brotli', kb(memberPath.brotli), 'KB');
console.log(`compare: a member's invite fetches ${kb(memberPath.brotli).toFixed(1)} KB brotli, the whole app ${kb(total).toFixed(1)} KB`);

// The wasm's data segments on their own: mostly the texts of both languages. Code can be
// cut; this part is the product's content, so it says how much of the budget is left
// for code.
let dataKb = 0;
for (const path of byKind.wasm) {
  const data = dataSegments(readFileSync(path));
  dataKb += kb(brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
}
figure('app_wasm_data_brotli', dataKb, 'KB');

// The baseline for the size: the smallest app on the same stack (tests/bench/floor), built
// in this run with the same profile and wasm-opt. What is above it is the app's own part.
const floorDir = process.argv[3];
if (floorDir) {
  const floorFiles = files(floorDir).filter((p) => ['.wasm', '.js'].includes(extname(p)));
  const floor = kb(sizes(floorFiles).brotli);
  figure('framework_floor_brotli', floor, 'KB');
  figure('app_above_floor_brotli', kb(total) - floor, 'KB');
  console.log(`compare: the framework alone is ${floor.toFixed(1)} KB brotli, the app's own part is ${(kb(total) - floor).toFixed(1)} KB`);
  console.log(`compare: with the texts and tables (${dataKb.toFixed(1)} KB) taken off as well, ${(SIZE_BUDGET_KB - floor - dataKb).toFixed(1)} KB of the budget is left for the app's code, which is ${(kb(total) - floor - dataKb).toFixed(1)} KB`);
}

// --- load timing ---
const server = spawn('node', ['tests/e2e/serve.mjs', dist, String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

// Records when <html data-ready> appears, measured from navigation start.
const readyProbe = () => {
  const mark = () => {
    if (document.documentElement.hasAttribute('data-ready') && !window.__readyAt) {
      window.__readyAt = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { attributes: true, subtree: true, childList: true });
};

// A baseline page: plain HTML with a button, marked ready by a tiny inline script.
const baselineHtml = `<!doctype html><html><body><button id=b>Start</button>
<script>document.documentElement.setAttribute('data-ready','true')</script></body></html>`;

async function loadOnce(url, throttle, html) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (html) await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.addInitScript(readyProbe);
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 60_000 });
  // "Interactive": the start page's main button is there and can be clicked.
  if (!html) await page.locator('[data-testid=start-scan]').click({ trial: true });
  const at = await page.evaluate(() => window.__readyAt ?? performance.now());
  await context.close();
  return at;
}

async function series(url, throttle, html) {
  await loadOnce(url, throttle, html); // warm-up: the server's and the OS's caches
  const times = [];
  for (let i = 0; i < LOADS; i++) times.push(await loadOnce(url, throttle, html));
  return { median: median(times), max: Math.max(...times) };
}

try {
  const app = `http://127.0.0.1:${PORT}/#/`;
  const base = `http://127.0.0.1:${PORT}/baseline.html`;
  const b1 = await series(base, 1, baselineHtml);
  const a1 = await series(app, 1);
  const a4 = await series(app, 4);
  const b4 = await series(base, 4, baselineHtml);
  figure('load_interactive_median_ms', a1.median, 'ms');
  figure('load_interactive_max_ms', a1.max, 'ms');
  figure('load_interactive_4x_median_ms', a4.median, 'ms');
  figure('load_interactive_4x_max_ms', a4.max, 'ms');
  figure('load_baseline_median_ms', b1.median, 'ms');
  figure('load_baseline_4x_median_ms', b4.median, 'ms');
  console.log(`compare: the app is interactive ${(a1.median - b1.median).toFixed(1)} ms after a plain HTML page (${(a4.median - b4.median).toFixed(1)} ms at 4x), measured in this run`);
  // Volume: 200 response links pasted into a round, 100 results links into an
  // organisation, each beside a plain page doing the same DOM work (tests/bench/volume.mjs).
  await measureVolume(browser, `http://127.0.0.1:${PORT}/`, figure);
  await phone();
} finally {
  await browser.close();
  server.kill();
}

// --- a member's phone: slow 4G and a 4x slower CPU, beside a peer, in this run ---
// Both front-ends are served the same way, with brotli (tests/e2e/serve.mjs --brotli).
async function phone() {
  const ours = await serve(dist, PORT + 1);
  const peer = await serve(PEER, PORT + 2);
  // The lever measured in the same run: the same build with its bootstrap made to load the
  // whole app for an invite too (and the CSP hash of that script updated to match).
  const whole = wholeAppOnly(dist);
  const wholeServer = await serve(whole, PORT + 3);
  // The floor of first paint under these conditions: a plain HTML page with one line of
  // text, served the same way. How far our first paint is above it is what the page itself
  // costs; the rest is the browser's and the machine's, whose load weighs on it.
  const floor = mkdtempSync(join(tmpdir(), 'teambalans-floor-'));
  writeFileSync(join(floor, 'index.html'), '<!DOCTYPE html><html lang="nl"><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Teambalans</title>'
    + '<p>Teambalans wordt geladen…</p></html>');
  const floorServer = await serve(floor, PORT + 4);
  // Slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
  const network = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
  // Marks the moment each of `marks` first holds (window.__marks), from navigation start;
  // with `press`, "Begin" is pressed the moment it shows beside the team's name (on the
  // page's first screen or in the app), and `begin` marks that moment: a member who does
  // not stop to read.
  const probe = (marks, press = false) => `(() => {
    const marks = { ${Object.entries(marks).map(([k, f]) => `${k}: ${f}`).join(', ')} };
    const at = (window.__marks = {});
    const visible = (e) => !!(e && e.offsetParent !== null);
    const mark = () => {
      if (${press} && at.begin === undefined) {
        const team = [...document.querySelectorAll('.round-team')].some((e) => visible(e) && e.textContent.includes('Klantenteam Oost'));
        const begin = [document.getElementById('boot-begin'), document.querySelector('[data-testid=scan-begin]')].find(visible);
        if (team && begin) {
          at.begin = performance.now();
          begin.click();
        }
      }
      for (const [k, f] of Object.entries(marks)) if (at[k] === undefined && f()) at[k] = performance.now();
    };
    new MutationObserver(mark).observe(document, { attributes: true, subtree: true, childList: true, characterData: true });
  })()`;
  // The app has drawn the invite: its team, and a "Begin" that works.
  const invited = `() => {
    const begin = document.querySelector('[data-testid=scan-begin]');
    const banner = document.querySelector('[data-testid=round-banner]');
    return !!(document.documentElement.hasAttribute('data-ready') && begin && !begin.disabled
      && banner && banner.textContent.includes('Klantenteam Oost'));
  }`;
  // A statement of the first step can be answered: on the page's own step, or the app's.
  const answerable = `() => {
    const input = document.querySelector('#boot-step:not([hidden]) input[type=radio], [data-testid=statement] input');
    return !!(input && !input.disabled && input.offsetParent !== null);
  }`;
  // The app's first step can be answered (the app has taken over).
  const appStep = `() => {
    const answer = document.querySelector('[data-testid=statement] input');
    return !!(document.documentElement.hasAttribute('data-ready') && answer && !answer.disabled);
  }`;
  const plain = `() => !!document.querySelector('p')`;
  // The start page's ways in shown: the static first screen's (boot/start-screens.html)
  // or the app's. Both are plain links, so a press before the wasm is kept: the app opens
  // the address it finds.
  const ways = `() => ['#/scan', '#/team', '#/open', '#/org'].every((href) =>
    [...document.querySelectorAll('a[href="' + href + '"]')].some((a) => a.offsetParent != null))`;
  const retro = `() => [...document.querySelectorAll('h1')].some((h) => h.textContent.includes('RetroGemini') && h.offsetParent !== null)`;
  async function load(url, marks, press) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(probe(marks, press));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    const names = Object.keys(marks);
    await page.waitForFunction((names) => names.every((k) => window.__marks?.[k] !== undefined), names, { timeout: 120_000, polling: 50 })
      .catch((e) => { throw new Error(`${url}: ${e.message}`); }); // which of the series hung
    const at = await page.evaluate(() => window.__marks);
    // The paint entry is reported after its frame is shown, a moment after the DOM change.
    await page
      .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 })
      .catch(() => {});
    const paint = await page.evaluate(() =>
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    await context.close();
    return { ...at, paint };
  }
  // The series are interleaved, one load of each per round, so that the machine's load,
  // which drifts over minutes, weighs on each the same; the first round warms up.
  async function phoneSeries(list) {
    const runs = list.map(() => []);
    for (let round = 0; round <= LOADS; round++) {
      for (const [i, { url, marks, press }] of list.entries()) {
        const run = await load(url, marks, press);
        if (round > 0) runs[i].push(run);
      }
    }
    return list.map(({ marks }, i) => {
      const of = (k) => median(runs[i].map((r) => r[k] ?? NaN));
      return Object.fromEntries([...Object.keys(marks), 'paint', 'begin'].map((k) => [k, of(k)]));
    });
  }
  try {
    const [p, m, w, f, fl, st] = await phoneSeries([
      { url: `http://127.0.0.1:${PORT + 2}/`, marks: { ready: retro } },
      { url: `http://127.0.0.1:${PORT + 1}/${INVITE}`, marks: { ready: invited } },
      { url: `http://127.0.0.1:${PORT + 3}/${INVITE}`, marks: { ready: invited } },
      { url: `http://127.0.0.1:${PORT + 1}/${INVITE}`, marks: { answerable, app: appStep }, press: true },
      { url: `http://127.0.0.1:${PORT + 4}/`, marks: { shown: plain } },
      { url: `http://127.0.0.1:${PORT + 1}/`, marks: { ready: ways } },
    ]);
    figure('peer_retrogemini_ready_slow4g_4x_ms', p.ready, 'ms');
    figure('start_ready_slow4g_4x_ms', st.ready, 'ms', Math.round(0.8 * p.ready));
    console.log(`compare: the start page's ways in are shown and work at ${(st.ready / p.ready).toFixed(2)}x the peer's first screen (goal at most 0.8x), measured in this run`);
    figure('peer_retrogemini_first_paint_slow4g_4x_ms', p.paint, 'ms');
    // Ready as the issue says it: the team's name and "Begin" shown, and "Begin" works:
    // pressed at once, it has opened a first step that can be answered. The page's own
    // first screen does this before the wasm (index.html); the app takes the answers in.
    figure('member_invite_ready_slow4g_4x_ms', f.answerable, 'ms', Math.round(0.8 * p.ready));
    figure('first_paint_slow4g_4x_ms', m.paint, 'ms', Math.round(0.4 * p.ready));
    figure('first_paint_floor_slow4g_4x_ms', fl.paint, 'ms');
    figure('member_invite_intro_shown_slow4g_4x_ms', f.begin, 'ms');
    // Until the app itself has taken over: its intro drawn, or its first step after the press.
    figure('member_invite_app_ready_slow4g_4x_ms', m.ready, 'ms');
    figure('member_first_step_begun_at_once_slow4g_4x_ms', f.app, 'ms');
    figure('member_invite_ready_whole_app_slow4g_4x_ms', w.ready, 'ms');
    console.log(`compare: the member's own front-end takes over an invite in ${m.ready.toFixed(0)} ms, the whole app in ${w.ready.toFixed(0)} ms (${(m.ready / w.ready).toFixed(2)}x), measured in this run`);
    console.log(`compare: a member sees the team and "Begin" after ${f.begin.toFixed(0)} ms; pressed at once, the first step can be answered after ${f.answerable.toFixed(0)} ms, and the app has taken it over after ${f.app.toFixed(0)} ms, measured in this run`);
    console.log(`compare: our first text shows ${(m.paint - fl.paint).toFixed(0)} ms after a plain HTML page's (${(fl.paint / p.ready).toFixed(2)}x the peer's first screen), measured in this run`);
    console.log(`compare: a member's invite is ready (answerable) at ${(f.answerable / p.ready).toFixed(2)}x the peer's first screen (goal at most 0.8x), the app takes over at ${(m.ready / p.ready).toFixed(2)}x; our first text shows at ${(m.paint / p.ready).toFixed(2)}x (goal at most 0.4x), measured in this run`);
  } finally {
    ours.kill();
    peer.kill();
    wholeServer.kill();
    floorServer.kill();
    rmSync(floor, { recursive: true, force: true });
  }
}

// A copy of `dir` whose bootstrap loads the whole app for every address, invites too.
function wholeAppOnly(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'teambalans-whole-'));
  cpSync(dir, copy, { recursive: true });
  for (const f of readdirSync(copy)) if (/\.(br|gz)$/.test(f)) rmSync(join(copy, f));
  const path = join(copy, 'index.html');
  const html = readFileSync(path, 'utf8');
  // boot/loader-head.js, with this build's files and a member's addresses (post_build.mjs),
  // minified: its keys may be unquoted.
  const pick = /"?member"?:\[[^\]]*\]/;
  const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  // The loader's script element: its text may hold a '<' (its comments name <head>).
  const script = html.match(/<script>((?:(?!<\/script>)[\s\S])*?var teambalansLoad\s*=[\s\S]*?)<\/script>/)?.[1];
  if (!script || !pick.test(script)) throw new Error("index.html has no loader script choosing the member's front-end");
  const changed = script.replace(pick, 'member:[]');
  writeFileSync(path, html.replace(script, changed).replace(sha(script), sha(changed)));
  return copy;
}
