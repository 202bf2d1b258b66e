import { readFile } from "node:fs/promises";
import path from "node:path";
import { load } from "cheerio";
import { builtFiles } from "./built-site.ts";

/*
 * What a pull request changes in the published site: the built site against the base branch's.
 * A build is deterministic (the same commit gives the same bytes), so a page whose bytes differ
 * is a page the pull request changes.
 */

export interface ChangedPage {
  url: string;
  /** Its <h1>, else its <title>, as the reader sees it. */
  title: string;
}

export interface Changes<T> {
  added: T[];
  changed: T[];
  removed: T[];
}

export interface SiteChanges {
  pages: Changes<ChangedPage>;
  /** The other files (styles, feeds, open data, search index), by their path. */
  files: Changes<string>;
}

/** A page's title as a reader sees it. */
export function pageTitle(html: string): string {
  const $ = load(html);
  const text = (selector: string) => $(selector).first().text().replace(/\s+/g, " ").trim();
  return text("h1") || text("title");
}

const urlOf = (file: string) => `/${file}`.replace(/index\.html$/, "");

async function differs(first: string, second: string): Promise<boolean> {
  const [a, b] = await Promise.all([readFile(first), readFile(second)]);
  return !a.equals(b);
}

/** The pages and files that `headSite` adds, changes or removes from `baseSite`. */
export async function compareSites(baseSite: string, headSite: string): Promise<SiteChanges> {
  const [before, after] = await Promise.all([builtFiles(baseSite), builtFiles(headSite)]);
  const [kept, built] = [new Set(before), new Set(after)];
  const files: Changes<string> = {
    added: after.filter((file) => !kept.has(file)),
    changed: [],
    removed: before.filter((file) => !built.has(file)),
  };
  for (const file of after.filter((file) => kept.has(file))) {
    if (await differs(path.join(baseSite, file), path.join(headSite, file))) files.changed.push(file);
  }
  const page = async (site: string, file: string): Promise<ChangedPage> => ({
    url: urlOf(file),
    title: pageTitle(await readFile(path.join(site, file), "utf8")),
  });
  const pagesOf = (list: string[], site: string) =>
    Promise.all(list.filter((file) => file.endsWith(".html")).map((file) => page(site, file)));
  const others = (list: string[]) => list.filter((file) => !file.endsWith(".html"));
  return {
    pages: {
      added: await pagesOf(files.added, headSite),
      changed: await pagesOf(files.changed, headSite),
      removed: await pagesOf(files.removed, baseSite),
    },
    files: { added: others(files.added), changed: others(files.changed), removed: others(files.removed) },
  };
}
