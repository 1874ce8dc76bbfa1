// Unicode sweep: every code point (surrogates excepted) in eight contexts that expose its class to the
// pre-tokenizer (letter, upper/lower case group, number, mark, white space, punctuation). The text is generated in
// chunks of 2048 code points; for each chunk and encoding the file stores the id count and a rolling hash
// (h = h * 31 + id, 32-bit wrapping) of tiktoken's ids. The C# test regenerates the same text.
//
// Usage: node generate-unicode-sweep.mjs   (about 1.5 minutes)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { get_encoding } from "tiktoken";
import { repoRoot } from "./corpus.mjs";

const chunkSize = 2048;

function chunkText(start) {
  let s = "";
  for (let cp = start; cp < start + chunkSize && cp < 0x110000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    s += `a${c}a A${c}A 1${c}1 ${c}'s ${c}x ${c}${c} !${c}\n`;
  }
  return s;
}

const encodings = ["o200k_base", "cl100k_base"].map((name) => [name, get_encoding(name)]);
const chunks = [];
for (let start = 0; start < 0x110000; start += chunkSize) {
  const text = chunkText(start);
  const entry = { start };
  for (const [name, encoding] of encodings) {
    const ids = encoding.encode_ordinary(text);
    let hash = 0;
    for (let i = 0; i < ids.length; i++) hash = (Math.imul(hash, 31) + ids[i]) | 0;
    entry[name] = [ids.length, hash];
  }
  chunks.push(entry);
}
const file = join(repoRoot, "tests", "Governance.AI.Tests", "Tokenization", "tiktoken-unicode-sweep.json");
const body = chunks.map((c) => "    " + JSON.stringify(c)).join(",\n");
writeFileSync(file, `{\n  "package": "tiktoken",\n  "chunkSize": ${chunkSize},\n  "chunks": [\n${body}\n  ]\n}\n`);
console.log(`${chunks.length} chunks -> ${file}`);
