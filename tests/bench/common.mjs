// What the benchmark's scripts share: the figure line, the median, the brotli server, the
// peer and the invite. No packages, so tests/bench/lighthouse/ can import it too.
import { spawn } from 'node:child_process';

// `figure: <name> = <value> <unit> (budget <v> <unit>: ok|over)`. A budget is a most, or
// `{ atLeast }` for a score that must not fall below it.
export function figure(name, value, unit, budget, digits = 1) {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(digits);
  const u = unit ? ` ${unit}` : '';
  let line = `figure: ${name} = ${shown}${u}`;
  if (typeof budget === 'number') line += ` (budget ${budget}${u}: ${value <= budget ? 'ok' : 'over'})`;
  else if (budget) line += ` (budget at least ${budget.atLeast}${u}: ${value >= budget.atLeast ? 'ok' : 'over'})`;
  console.log(line);
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// The peer's built front-end, beside the repository (../shared/peers/README.md).
export const PEER = new URL('../../../shared/peers/retrogemini-dist', import.meta.url).pathname;

// The golden invite of link format 3 (version 2, the current instrument), team
// "Klantenteam Oost — ‘naoberschap’".
export const INVITE = '#/i/MQECAwQFBk-_AQMCJktsYW50ZW50ZWFtIE9vc3Qg4oCUIOKAmG5hb2JlcnNjaGFw4oCZEk5hamFhciA8Yj4yMDI1PC9iPqn7YpI';

// Serves `dir` on `port` as a static host would, with brotli (tests/e2e/serve.mjs --brotli);
// resolves with the server once it listens. Teambalans and the peer are served alike.
export async function serve(dir, port) {
  const server = spawn('node', [new URL('../e2e/serve.mjs', import.meta.url).pathname, dir, String(port), '--brotli'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  // A run that stops on an error still frees the port for the next run.
  process.once('exit', () => server.kill());
  await new Promise((resolve) => server.stdout.once('data', resolve));
  return server;
}
