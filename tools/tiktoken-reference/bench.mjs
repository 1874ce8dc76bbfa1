// Benchmark peer: times the npm package `tiktoken` (WASM) encoding the tokenizer corpus, the same documents the
// C# benchmark counts. One operation = encode_ordinary over every document; MB = 10^6 UTF-8 bytes.
//
// Usage: node bench.mjs [--iterations 30] [--warmup 5] [--subset all|hand]
import { get_encoding } from "tiktoken";
import { readCorpus } from "./corpus.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const iterations = Number(option("iterations", 30));
const warmup = Number(option("warmup", 5));
const subset = option("subset", "all");
const documents = readCorpus().filter((d) => subset === "all" || d.name.startsWith(`${subset}/`)).map((d) => d.text);
const bytes = documents.reduce((n, text) => n + Buffer.byteLength(text, "utf8"), 0);

console.log(`tiktoken (npm, WASM) on node ${process.version}; corpus subset '${subset}': ${documents.length} documents, ${bytes} UTF-8 bytes`);
for (const name of ["o200k_base", "cl100k_base"]) {
  const encoding = get_encoding(name);
  let tokens = 0;
  const run = () => {
    tokens = 0;
    for (const text of documents) tokens += encoding.encode_ordinary(text).length;
  };
  for (let i = 0; i < warmup; i++) run();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${name}: ${tokens} tokens; median ${median.toFixed(2)} ms (mean ${mean.toFixed(2)}, min ${times[0].toFixed(2)}) -> ${(bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s (median)`);
  encoding.free();
}
