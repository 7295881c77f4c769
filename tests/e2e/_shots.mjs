import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
const PORT = 4191;
const base = `http://127.0.0.1:${PORT}/`;
const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => server.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const out = process.argv[2] || '/tmp/shots';
for (const [lang, width] of JSON.parse(process.argv[3] || '[["nl",360],["en",1280]]')) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
  const p = await ctx.newPage();
  p.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  await p.goto(`${base}#/scan`);
  await p.getByTestId('scan-begin').click();
  await p.locator('[data-testid=statement]').first().waitFor();
  await p.locator('[data-testid=statement]').first().locator('input[data-answer="3"]').check();
  await p.screenshot({ path: `${out}-${lang}-${width}-q.png`, fullPage: false });
  await p.locator('[data-testid=trade-off]').scrollIntoViewIfNeeded();
  await p.screenshot({ path: `${out}-${lang}-${width}-t.png`, fullPage: false });
  for (let step = 0; step < 9; step++) {
    const n = await p.locator('[data-testid=statement]').count();
    for (let i = 0; i < n; i++) {
      const st = p.locator('[data-testid=statement]').nth(i);
      const id = Number(await st.getAttribute('data-statement'));
      const n8 = id % 10; const rh = n8 >= 5;
      // Rhineland seen often, Anglo-Saxon sometimes; reverse-keyed read from the id order
      await st.locator(`input[data-answer="${(i % 3 === 2) ? 6 : (rh ? 4 : 2)}"]`).check();
    }
    await p.getByTestId('trade-off-slider').first().fill('3');
    await p.getByTestId('scan-next').click();
  }
  await p.getByTestId('scan-result').waitFor();
  await p.screenshot({ path: `${out}-${lang}-${width}-r.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
server.kill();
