/*
 * Indexes a built site again, alone: `npm run bench:build` times this run to report what the
 * search costs inside the build, without the build having to print anything for it.
 */
import { parseArgs } from "node:util";
import { buildSearchIndex } from "../search-index.ts";
import { UsageError, runBench } from "./command-line.ts";

const USAGE = "Usage : tsx src/bench/index-search.ts <dossier du site construit>";

async function main(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
  const [folder, ...others] = positionals;
  if (!folder || others.length)
    throw new UsageError("Indiquez un seul dossier, celui du site construit à indexer.");
  await buildSearchIndex(folder);
}

await runBench(USAGE, main);
