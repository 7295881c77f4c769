// Which crate costs what: reads a wasm built with its name section kept (bench.sh builds
// one with the `bench-names` profile) and prints each crate's share of the code, so a
// size regression can be traced to its crate within the same benchmark run.
// Monomorphised generic code counts for the crate that defines the function (a view's
// build code shows as `tachys`, even when an app component made it).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { WasmReader } from './wasm.mjs';

const bytes = readFileSync(process.argv[2]);
const top = Number(process.argv[3] ?? 12);
const reader = new WasmReader(bytes);

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
const starts = [];
const names = new Map();
let data = 0;
for (const { id, size, end } of reader.sections()) {
  if (id === 2) {
    for (let n = reader.leb(); n > 0; n--) {
      reader.name();
      reader.name();
      const kind = bytes[reader.pos++];
      if (kind === 0) { reader.leb(); imported++; }
      else if (kind === 1) { reader.pos++; const flags = reader.leb(); reader.leb(); if (flags & 1) reader.leb(); }
      else if (kind === 2) { const flags = reader.leb(); reader.leb(); if (flags & 1) reader.leb(); }
      else if (kind === 3) { reader.pos += 2; }
      else if (kind === 4) { reader.pos++; reader.leb(); }
    }
  } else if (id === 10) {
    for (let n = reader.leb(), i = 0; i < n; i++) {
      const len = reader.leb();
      bodies.push(len);
      starts.push(reader.pos);
      reader.pos += len;
    }
  } else if (id === 11) {
    data = size;
  } else if (id === 0 && reader.name() === 'name') {
    while (reader.pos < end) {
      const sub = bytes[reader.pos++];
      const subSize = reader.leb();
      const subEnd = reader.pos + subSize;
      if (sub === 1) {
        for (let n = reader.leb(); n > 0; n--) {
          const index = reader.leb();
          names.set(index, demangle(reader.name()));
        }
      }
      reader.pos = subEnd;
    }
  }
}

if (names.size === 0) {
  console.error(`wasm-shares: ${process.argv[2]} has no function names`);
  process.exit(1);
}
// Float formatting (core::fmt::float, flt2dec) is ~14 KB the app avoids on purpose: SVG
// numbers are written with integer arithmetic, and a `clamp` with bounds the compiler
// cannot see carries it in through its panic message. Counted so it cannot creep back.
const byCrate = new Map();
const codeOf = new Map();
let floatFormatting = 0;
bodies.forEach((len, i) => {
  const fn = names.get(imported + i) ?? '?';
  const crate = (fn.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/) ?? [null, 'other'])[1];
  byCrate.set(crate, (byCrate.get(crate) ?? 0) + len);
  // chrono's small functions are inlined into ours: domain::dates counts as its cost too.
  const owner = fn.includes('domain::dates::') ? 'chrono' : crate;
  if (!codeOf.has(owner)) codeOf.set(owner, []);
  codeOf.get(owner).push(bytes.subarray(starts[i], starts[i] + len));
  if (/fmt::float|flt2dec/.test(fn)) floatFormatting += len;
});
const code = bodies.reduce((a, b) => a + b, 0);
const total = code + data;
// The chosen crates get their own lines below, with their compressed cost.
const CHOSEN = ['chrono', 'gloo_file', 'gloo_events'];
const rows = [...byCrate.entries()].filter(([c]) => !CHOSEN.includes(c)).sort((a, b) => b[1] - a[1]);
const line = (label, value) =>
  console.log(`figure: wasm_share_${label} = ${(value / 1024).toFixed(1)} KB (${((100 * value) / total).toFixed(1)} % of code and data, before compression)`);
for (const [crate, len] of rows.slice(0, top)) line(crate, len);
line('data', data);
line('rest', rows.slice(top).reduce((a, r) => a + r[1], 0));

console.log(`figure: wasm_float_formatting = ${(floatFormatting / 1024).toFixed(1)} KB (budget 0 KB: ${floatFormatting === 0 ? 'ok' : 'over'})`);

// Crates the project chose for a job, each with its cost after compression: its
// functions' bodies (for chrono with `domain::dates`, where its code is inlined)
// brotli-compressed on their own (a slight overestimate: in the whole
// file they share a dictionary with the rest). Inlined code counts for the caller.
const BROTLI_BUDGET_KB = { chrono: 6 };
for (const crate of CHOSEN) {
  const parts = codeOf.get(crate) ?? [];
  const raw = parts.reduce((a, p) => a + p.length, 0);
  const brotli = raw === 0 ? 0 : brotliCompressSync(Buffer.concat(parts), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const budget = BROTLI_BUDGET_KB[crate];
  const verdict = budget === undefined ? '' : ` (budget ${budget} KB brotli: ${brotli / 1024 <= budget ? 'ok' : 'over'})`;
  console.log(`figure: wasm_share_${crate} = ${(brotli / 1024).toFixed(1)} KB brotli, ${(raw / 1024).toFixed(1)} KB raw, ${parts.length} functions${verdict}`);
}
