// Lighthouse on the start page, an invite and the peer, with its mobile preset (simulated
// slow 4G, 4x CPU). Part of scripts/bench.sh, which installs this folder with npm ci; on
// its own: node tests/bench/lighthouse/lighthouse.mjs [dist]
// The three are served alike (brotli) and run interleaved, so the machine's drifting load
// weighs on each the same; a first round warms the server's compressed files and is not
// counted. Medians of RUNS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { figure, median, serve, PEER, INVITE } from '../common.mjs';

const dist = process.argv[2] ?? 'dist';
const RUNS = 5;
const PORT = 4189;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// One run in a fresh browser with a fresh profile.
async function audit(url) {
  const profile = mkdtempSync(join(tmpdir(), 'teambalans-lh-'));
  const chrome = await launch({ chromePath: process.env.CHROME_PATH || '/usr/bin/chromium', chromeFlags: FLAGS, userDataDir: profile });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    const element = lhr.audits['largest-contentful-paint-element'].details?.items ?? [];
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(100 * lhr.categories[c].score)])),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      node: element[0]?.items[0]?.node,
      phases: element[1]?.items ?? [],
    };
  } finally {
    chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

const servers = [await serve(dist, PORT), await serve(PEER, PORT + 1)];
try {
  const pages = {
    start: `http://127.0.0.1:${PORT}/`,
    invite: `http://127.0.0.1:${PORT}/${INVITE}`,
    peer: `http://127.0.0.1:${PORT + 1}/`,
  };
  const runs = Object.fromEntries(Object.keys(pages).map((p) => [p, []]));
  for (let round = 0; round <= RUNS; round++) {
    for (const [page, url] of Object.entries(pages)) {
      const run = await audit(url);
      if (round > 0) runs[page].push(run);
    }
  }
  const of = (page, f) => median(runs[page].map(f));
  const peerPerformance = of('peer', (r) => r.scores.performance);
  for (const page of Object.keys(pages)) {
    const ours = page !== 'peer';
    for (const c of CATEGORIES) {
      const atLeast = c === 'performance' ? peerPerformance - 2 : 100;
      figure(`lighthouse_${page}_${c}`, of(page, (r) => r.scores[c]), 'points', ours ? { atLeast } : undefined);
    }
    figure(`lcp_${page}_ms`, Math.round(of(page, (r) => r.lcp)), 'ms');
    figure(`cls_${page}`, of(page, (r) => r.cls), '', ours ? 0.01 : undefined, 3);
    if (ours) figure(`lcp_${page}_to_peer`, of(page, (r) => r.lcp) / of('peer', (r) => r.lcp), 'x', 0.6, 2);
  }
  // What the LCP is, and where its time goes, in the run with the median LCP; and every
  // run's LCP, to show the spread.
  for (const page of Object.keys(pages)) {
    const lcp = of(page, (r) => r.lcp);
    const run = runs[page].find((r) => r.lcp === lcp);
    const phases = run.phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', ');
    console.log(`lcp element ${page}: ${run.node?.nodeLabel ?? '?'} (${run.node?.snippet ?? '?'}, ${run.node?.selector ?? '?'}); ${phases}; runs ${runs[page].map((r) => Math.round(r.lcp)).join(', ')} ms`);
  }
} finally {
  for (const s of servers) s.kill();
}
