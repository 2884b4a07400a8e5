// What the shipped wasm's weight is made of, one figure per line (`name value unit`): its code
// and its data (the texts in two languages and the presets' JSON), each gzipped (-9) on its own.
// Their sum is a little above the whole file gzipped, which compresses across the two.
// Usage: node scripts/wasm-parts.mjs dist/<name>_bg.wasm (scripts/size runs it).
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const bytes = readFileSync(process.argv[2]);
if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error(`${process.argv[2]}: not a wasm module`);

// An unsigned LEB128 at `at`: its value and where the next field starts.
function leb(at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

const CODE = 10;
const DATA = 11;
const parts = { [CODE]: [], [DATA]: [] };
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [size, body] = leb(at + 1);
  parts[id]?.push(bytes.subarray(body, body + size));
  at = body + size;
}
const gz = (chunks) => gzipSync(Buffer.concat(chunks), { level: 9 }).length;
console.log(`wasm_code_gzip ${gz(parts[CODE])} bytes`);
console.log(`wasm_data_gzip ${gz(parts[DATA])} bytes`);
