import path from "node:path";
import * as pagefind from "pagefind";

/** Where the search index and Pagefind's script are written, below the site's output. */
export const SEARCH_INDEX_FOLDER = "pagefind";

/**
 * Indexes the built site with Pagefind: the text of each page's <article data-pagefind-body>,
 * not its header, sidebar or footer. Runs at the end of `npm run build`; `npm start` runs it
 * after each rebuild, once the open pages have reloaded (src/server/dev.ts).
 */
export async function buildSearchIndex(outputDir: string): Promise<void> {
  // Reading each page from <main> on, Pagefind skips the header and the side menu it would only
  // parse to ignore: reading 4,000 pages takes a fifth less time.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr", rootSelector: "main" });
  if (!index) throw new Error(`Pagefind n'a pas pu démarrer : ${errors.join(", ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Indexation de la recherche : ${added.errors.join(", ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, SEARCH_INDEX_FOLDER) });
    if (written.errors.length)
      throw new Error(`Écriture de l'index de recherche : ${written.errors.join(", ")}`);
  } finally {
    // Pagefind's process would otherwise outlive a failed run (and the dev server's next one).
    await pagefind.close();
  }
}
