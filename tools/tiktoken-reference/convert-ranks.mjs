// Converts the rank tables of the npm package `tiktoken` (encoders/<name>.json) into the compact binary
// resources embedded in src/Governance.AI/Tokenization/Data/, and copies the model -> encoding map.
//
// Output format (before Brotli compression), all integers little-endian:
//   "GTK1"                      magic
//   u32   rank count N          ranks are 0..N-1, contiguous
//   u16   pattern length, UTF-8 pattern (tiktoken's pat_str, checked by a test against the scanner)
//   u16   special token count, then per special token: u16 length, UTF-8 text, u32 id
//   N x   (u8 length, token bytes) in rank order
//
// Usage: npm install --no-package-lock && node convert-ranks.mjs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "..", "src", "Governance.AI", "Tokenization", "Data");
const packageDir = dirname(require.resolve("tiktoken"));
const packageVersion = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")).version;
const encodings = ["o200k_base", "cl100k_base"];

mkdirSync(outDir, { recursive: true });

function u16(n) { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; }

for (const name of encodings) {
  const data = JSON.parse(readFileSync(join(packageDir, "encoders", `${name}.json`), "utf8"));
  // bpe_ranks: lines of "<marker> <first rank> <base64 token> <base64 token> ...".
  const ranks = [];
  for (const line of data.bpe_ranks.split("\n").filter(Boolean)) {
    const [, offsetText, ...tokens] = line.split(" ");
    const offset = Number.parseInt(offsetText, 10);
    tokens.forEach((token, i) => { ranks[offset + i] = Buffer.from(token, "base64"); });
  }
  for (let i = 0; i < ranks.length; i++) {
    if (!ranks[i]) throw new Error(`${name}: rank ${i} missing; ranks must be contiguous`);
    if (ranks[i].length < 1 || ranks[i].length > 255) throw new Error(`${name}: rank ${i} has length ${ranks[i].length}`);
  }
  const parts = [Buffer.from("GTK1", "ascii"), u32(ranks.length)];
  const pattern = Buffer.from(data.pat_str, "utf8");
  parts.push(u16(pattern.length), pattern);
  const specials = Object.entries(data.special_tokens);
  parts.push(u16(specials.length));
  for (const [text, id] of specials) {
    const bytes = Buffer.from(text, "utf8");
    parts.push(u16(bytes.length), bytes, u32(id));
  }
  for (const token of ranks) parts.push(Buffer.from([token.length]), token);
  const raw = Buffer.concat(parts);
  const compressed = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  writeFileSync(join(outDir, `${name}.tkb.br`), compressed);
  console.log(`${name}: ${ranks.length} ranks, ${specials.length} special tokens, ${raw.length} bytes -> ${compressed.length} bytes (Brotli)`);
}

// Keep only the encodings implemented in C#; other models fall back to the estimator.
const models = JSON.parse(readFileSync(join(packageDir, "model_to_encoding.json"), "utf8"));
const kept = Object.fromEntries(Object.entries(models).filter(([, encoding]) => encodings.includes(encoding)));
writeFileSync(join(outDir, "model_to_encoding.json"), JSON.stringify(kept, null, 2) + "\n");
console.log(`model_to_encoding.json: ${Object.keys(kept).length} of ${Object.keys(models).length} models kept (tiktoken ${packageVersion})`);
