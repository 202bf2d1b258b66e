import type UserConfig from "@11ty/eleventy/UserConfig";
import type { Catalogue } from "../catalogue/views.ts";

/*
 * The spreadsheets the site publishes, as Eleventy needs them. Their templates are TypeScript
 * (`*.11ty.ts` files in content/) that return the files' bytes: Nunjucks writes text only.
 */

/** `collections.spreadsheetDownloads`: the links to the spreadsheets, with their files' sizes. */
export const DOWNLOADS_COLLECTION = "spreadsheetDownloads";

interface CollectionApi {
  getAll(): { data: { catalogue?: Catalogue } }[];
}

/**
 * - `content/` may hold templates in TypeScript, run as JavaScript templates: the build already
 *   runs under tsx, which imports them.
 * - The files' download links (`downloadsOf`) are made once a build, before any page renders, as
 *   a collection: the pages then read the files' sizes as plain data. An asynchronous filter
 *   would not do: inside a Nunjucks loop, what it writes is lost.
 */
export function addSpreadsheets(
  eleventyConfig: UserConfig,
  downloadsOf: (catalogue: Catalogue) => Promise<unknown>,
): void {
  eleventyConfig.addExtension("11ty.ts", { key: "11ty.js" });
  eleventyConfig.addTemplateFormats("11ty.ts");
  eleventyConfig.addCollection(DOWNLOADS_COLLECTION, async (collections: CollectionApi) => {
    const catalogue = collections.getAll().find((item) => item.data.catalogue)?.data.catalogue;
    return catalogue ? downloadsOf(catalogue) : undefined;
  });
}
