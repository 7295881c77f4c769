// Reading a wasm binary's sections, shared by the benchmark's size figures
// (bench.mjs: the data segments) and the per-crate shares (wasm-shares.mjs).

/** A cursor over a wasm binary: LEB128 numbers and length-prefixed names. */
export class WasmReader {
  constructor(bytes) {
    this.bytes = bytes;
    this.pos = 8; // past the magic number and version
  }

  leb() {
    let result = 0, shift = 0, byte;
    do {
      byte = this.bytes[this.pos++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  }

  name() {
    const len = this.leb();
    const text = this.bytes.toString('utf8', this.pos, this.pos + len);
    this.pos += len;
    return text;
  }

  /** Each section as `{ id, size, end }`, the cursor at its content; moves past it after. */
  *sections() {
    while (this.pos < this.bytes.length) {
      const id = this.bytes[this.pos++];
      const size = this.leb();
      const end = this.pos + size;
      yield { id, size, end };
      this.pos = end;
    }
  }
}

/** The contents of every data segment, joined: what the wasm holds besides its code. */
export function dataSegments(bytes) {
  const reader = new WasmReader(bytes);
  const chunks = [];
  for (const { id } of reader.sections()) {
    if (id !== 11) continue;
    for (let n = reader.leb(); n > 0; n--) {
      const flags = reader.leb();
      if (flags === 2) reader.leb(); // memory index
      if (flags !== 1) while (bytes[reader.pos++] !== 0x0b); // offset expression
      const len = reader.leb();
      chunks.push(bytes.subarray(reader.pos, reader.pos + len));
      reader.pos += len;
    }
  }
  return Buffer.concat(chunks);
}
