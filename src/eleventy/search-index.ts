import path from "node:path";
import * as pagefind from "pagefind";

/** Where the search index and Pagefind's script are written, below the site's output. */
export const SEARCH_INDEX_FOLDER = "pagefind";

/** The line the build prints once the search index is written. */
export function indexingReport(pages: number, seconds: number): string {
  return `[recherche] ${pages} pages indexées en ${seconds.toFixed(2)} s`;
}

/** The indexing time in a build's output, in seconds, if it printed one. */
export function indexingSeconds(buildOutput: string): number | undefined {
  const match = /\[recherche\] \d+ pages indexées en ([\d.]+) s/.exec(buildOutput);
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * Indexes the built site with Pagefind: the text of each page's <article data-pagefind-body>,
 * not its header, sidebar or footer. Runs after every build, the dev server's included.
 */
export async function buildSearchIndex(outputDir: string): Promise<number> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
  if (!index) throw new Error(`Pagefind n'a pas pu démarrer : ${errors.join(", ")}`);
  const added = await index.addDirectory({ path: outputDir });
  if (added.errors.length) throw new Error(`Indexation de la recherche : ${added.errors.join(", ")}`);
  const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_INDEX_FOLDER) });
  if (written.errors.length) throw new Error(`Écriture de l'index de recherche : ${written.errors.join(", ")}`);
  await pagefind.close();
  // Printed even with --quiet: `npm run bench:build` reads the time to report indexing apart.
  console.log(indexingReport(added.page_count, (performance.now() - started) / 1000));
  return added.page_count;
}
