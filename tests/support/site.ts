import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { type CheerioAPI, load } from "cheerio";

/** The URL of every HTML page of a built site, such as "/plans-action/les-actions/". */
export async function builtPageUrls(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.split(path.sep).join("/")}`.replace(/index\.html$/, ""))
    .sort();
}

export async function loadPage(siteDir: string, url: string): Promise<CheerioAPI> {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  return load(await readFile(path.join(siteDir, file), "utf8"));
}

/** Text as a reader sees it: runs of white space folded. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
