// Which crate costs what: reads a wasm built with its name section kept (bench.sh builds
// one with the `bench-names` profile) and prints each crate's share of the code, so a
// size regression can be traced to its crate within the same benchmark run.
// Monomorphised generic code counts for the crate that defines the function (a view's
// build code shows as `tachys`, even when an app component made it).
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
const top = Number(process.argv[3] ?? 12);
let pos = 8;

function leb() {
  let result = 0, shift = 0, byte;
  do {
    byte = bytes[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}
function name() {
  const len = leb();
  const text = bytes.toString('utf8', pos, pos + len);
  pos += len;
  return text;
}

// Legacy Rust mangling (`_ZN` + length-prefixed parts + `E`), enough to read paths.
function demangle(symbol) {
  if (!symbol.startsWith('_ZN')) return symbol;
  const parts = [];
  let i = 3;
  while (i < symbol.length && symbol[i] !== 'E') {
    let digits = '';
    while (/[0-9]/.test(symbol[i])) digits += symbol[i++];
    if (!digits) break;
    parts.push(symbol.slice(i, i + Number(digits)));
    i += Number(digits);
  }
  return parts
    .join('::')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ')
    .replace(/\$RF\$/g, '&').replace(/\$C\$/g, ',').replace(/\.\./g, '::');
}

let imported = 0;
const bodies = [];
const names = new Map();
let data = 0;
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const end = pos + size;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name();
      name();
      const kind = bytes[pos++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { pos++; const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 2) { const flags = leb(); leb(); if (flags & 1) leb(); }
      else if (kind === 3) { pos += 2; }
      else if (kind === 4) { pos++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(), i = 0; i < n; i++) {
      const len = leb();
      bodies.push(len);
      pos += len;
    }
  } else if (id === 11) {
    data = size;
  } else if (id === 0 && name() === 'name') {
    while (pos < end) {
      const sub = bytes[pos++];
      const subSize = leb();
      const subEnd = pos + subSize;
      if (sub === 1) {
        for (let n = leb(); n > 0; n--) {
          const index = leb();
          names.set(index, demangle(name()));
        }
      }
      pos = subEnd;
    }
  }
  pos = end;
}

if (names.size === 0) {
  console.error(`wasm-shares: ${process.argv[2]} has no function names`);
  process.exit(1);
}
// Float formatting (core::fmt::float, flt2dec) is ~14 KB the app avoids on purpose: SVG
// numbers are written with integer arithmetic, and a `clamp` with bounds the compiler
// cannot see carries it in through its panic message. Counted so it cannot creep back.
const byCrate = new Map();
let floatFormatting = 0;
bodies.forEach((len, i) => {
  const fn = names.get(imported + i) ?? '?';
  const crate = (fn.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/) ?? [null, 'other'])[1];
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + len);
  if (/fmt::float|flt2dec/.test(fn)) floatFormatting += len;
});
const code = bodies.reduce((a, b) => a + b, 0);
const total = code + data;
const rows = [...byCrate.entries()].sort((a, b) => b[1] - a[1]);
const line = (label, value) =>
  console.log(`figure: wasm_share_${label} = ${(value / 1024).toFixed(1)} KB (${((100 * value) / total).toFixed(1)} % of code and data, before compression)`);
for (const [crate, len] of rows.slice(0, top)) line(crate, len);
line('data', data);
line('rest', rows.slice(top).reduce((a, r) => a + r[1], 0));

console.log(`figure: wasm_float_formatting = ${(floatFormatting / 1024).toFixed(1)} KB (budget 0 KB: ${floatFormatting === 0 ? 'ok' : 'over'})`);
