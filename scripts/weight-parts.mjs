// Reads `twiggy top --format csv` of an unstripped wasm on stdin and prints the code's bytes by
// part, largest first, with each part's share of the code (scripts/weight runs it).
// A function counts for the first part its name names: `<ui::X as yew::…>::run` is the view's.
import { readFileSync } from "node:fs";

const PARTS = [
  ["views (ui)", /molnbedomning::ui::/],
  ["report writers (memo, annex, plan)", /molnbedomning::report/],
  ["analyses (improve, questionnaire, coverage, diff)", /molnbedomning::analysis/],
  ["rules (catalogue, bounds, evaluation)", /molnbedomning::rules/],
  ["model (types, validation, errors)", /molnbedomning::model/],
  ["links (codec)", /molnbedomning::codec/],
  ["presets", /molnbedomning::presets/],
  ["other of molnbedomning", /molnbedomning/],
  ["yew", /\byew/],
  ["model reading (serde_path_to_error over the model's Deserialize)", /serde_path_to_error/],
  ["serde_json", /serde_json/],
  ["serde", /\bserde/],
  ["wasm-bindgen, web-sys, js-sys, gloo", /wasm_bindgen|web_sys|js_sys|gloo/],
  ["miniz_oxide, base64 (links)", /miniz_oxide|base64/],
  ["std, core, alloc (formatting, strings, collections)", /^<?(core|alloc|std|hashbrown|dlmalloc)\b|^<(str|char|f64|f32)\b/],
];
// Not code: what wasm-bindgen and the build strip, and the data segment (texts, presets).
const NOT_CODE = /^("|custom section|data segment|export |import |type\[|elem\[|table\[|memory\[|global\[)/;

// One CSV row: its first field (quoted, with "" for a quote) and its second (the shallow size).
function row(line) {
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  return m && [m[1].replace(/^"|"$/g, "").replace(/""/g, '"'), Number(m[2])];
}

const bytes = new Map();
let code = 0;
let unnamed = 0;
for (const line of readFileSync(0, "utf8").split("\n").slice(1)) {
  const r = row(line);
  if (!r || NOT_CODE.test(r[0])) continue;
  const [name, size] = r;
  code += size;
  const part = PARTS.find(([, re]) => re.test(name));
  if (part) bytes.set(part[0], (bytes.get(part[0]) ?? 0) + size);
  else unnamed += size;
}
bytes.set("unnamed (closures, generic instances, code[N])", unnamed);
console.log(`code ${code} bytes (unstripped, before wasm-opt)`);
for (const [part, size] of [...bytes].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(size).padStart(9)} ${((100 * size) / code).toFixed(1).padStart(5)} %  ${part}`);
}
