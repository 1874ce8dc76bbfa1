// Encodes every corpus document with the npm package `tiktoken` (encode_ordinary: special-token strings are
// ordinary text) for o200k_base and cl100k_base, and writes the ids the C# tests compare against.
//
// Usage: node generate-reference.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { get_encoding } from "tiktoken";
import { readCorpus, referenceFile } from "./corpus.mjs";

const require = createRequire(import.meta.url);
const version = JSON.parse(readFileSync(join(dirname(require.resolve("tiktoken")), "package.json"), "utf8")).version;
const encodings = ["o200k_base", "cl100k_base"].map((name) => [name, get_encoding(name)]);
const documents = readCorpus().map(({ name, text }) => {
  const entry = { name, utf8Bytes: Buffer.byteLength(text, "utf8") };
  for (const [encodingName, encoding] of encodings) entry[encodingName] = Array.from(encoding.encode_ordinary(text));
  return entry;
});
for (const [, encoding] of encodings) encoding.free();

// One document per line keeps the file diffable.
const lines = documents.map((d) => "    " + JSON.stringify(d));
const header = `{\n  "package": "tiktoken",\n  "version": ${JSON.stringify(version)},\n  "documents": [\n`;
writeFileSync(referenceFile, header + lines.join(",\n") + "\n  ]\n}\n");
const tokens = documents.reduce((n, d) => n + d.o200k_base.length + d.cl100k_base.length, 0);
console.log(`${documents.length} documents, ${tokens} reference ids (tiktoken ${version}) -> ${referenceFile}`);
