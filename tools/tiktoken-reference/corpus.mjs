// Shared helpers: locate and read the tokenizer test corpus in a stable order.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, "..", "..");
export const corpusDir = join(repoRoot, "tests", "Governance.AI.Tests", "Tokenization", "Corpus");
export const referenceFile = join(repoRoot, "tests", "Governance.AI.Tests", "Tokenization", "tiktoken-reference.json");

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name.endsWith(".txt") ? [path] : [];
  });
}

/** Corpus documents as { name, text }, sorted by their '/'-separated path relative to the corpus folder (ordinal). */
export function readCorpus() {
  return walk(corpusDir)
    .map((path) => ({ name: relative(corpusDir, path).split(sep).join("/"), text: readFileSync(path, "utf8") }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
