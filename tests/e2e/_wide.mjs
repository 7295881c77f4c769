import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const PORT = 4193;
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 680, height: 900 }, locale: 'nl-NL', bypassCSP: true });
const p = await ctx.newPage();
await p.goto(`http://127.0.0.1:${PORT}/#/team`);
await p.getByTestId('demo-team').click();
await p.getByTestId('dashboard').waitFor();
await p.emulateMedia({ media: 'print' });
if (process.argv[2]) await p.addStyleTag({ content: process.argv[2] });
const wide = await p.evaluate(() => {
  const out = [];
  for (const e of document.querySelectorAll('body *')) {
    const r = e.getBoundingClientRect();
    if (r.right > 690) out.push([e.tagName, e.className?.baseVal ?? e.className, e.getAttribute('data-testid'), Math.round(r.width), Math.round(r.right)]);
  }
  return out.slice(0, 15);
});
console.log(JSON.stringify(wide, null, 0));
console.log(JSON.stringify(await p.evaluate(() => [...document.querySelectorAll('[data-testid=team-table] thead th, [data-testid=team-table] tbody tr:first-child > *')].map(e => [Math.round(e.getBoundingClientRect().width), getComputedStyle(e).whiteSpace, e.textContent.slice(0,40), getComputedStyle(e).fontSize, getComputedStyle(e).fontWeight, getComputedStyle(e).letterSpacing, getComputedStyle(e).textTransform, getComputedStyle(e).minWidth]))));
await p.screenshot({ path: '/tmp/print680.png', fullPage: false });
await browser.close(); server.kill();
