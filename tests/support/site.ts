import { readFile } from "node:fs/promises";
import path from "node:path";
import { type CheerioAPI, load } from "cheerio";

export { builtPageUrls } from "../../src/checks/built-site.ts";

export async function loadPage(siteDir: string, url: string): Promise<CheerioAPI> {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  return load(await readFile(path.join(siteDir, file), "utf8"));
}

/** Text as a reader sees it: runs of white space folded. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
