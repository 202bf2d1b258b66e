/*
 * Indexes a built site again, alone: `npm run bench:build` times this run to report what the
 * search costs inside the build, without the build having to print anything for it.
 * Usage: tsx src/bench/index-search.ts <site folder>
 */
import { buildSearchIndex } from "../search-index.ts";

const folder = process.argv[2];
if (!folder) throw new Error("Indiquez le dossier du site construit à indexer.");
await buildSearchIndex(folder);
