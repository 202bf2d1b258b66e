import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { projectRoot } from "./project.ts";

/*
 * What the content folder says the site should show, read from the Markdown files themselves:
 * tests derive their expectations from here, so a page or a post added the documented way
 * changes what they expect, never their verdict.
 */

interface FrontMatter {
  title: string;
  description: string;
  date?: string;
  draft?: boolean;
  permalink?: string;
  eleventyNavigation?: { key?: string; parent?: string; title?: string; order?: number };
}

export interface ContentPage {
  file: string;
  url: string;
  data: FrontMatter;
}

export interface Link {
  title: string;
  url: string;
}

function frontMatterOf(source: string): FrontMatter {
  const yaml = source.split(/^---$/m)[1] ?? "";
  return load(yaml, { schema: CORE_SCHEMA }) as FrontMatter;
}

/** The Markdown pages of one folder of `content/` (not below it), as `npm run build` publishes them. */
export async function markdownPages(folder: string, projectDir = projectRoot): Promise<ContentPage[]> {
  const dir = path.join(projectDir, "content", folder);
  const files = (await readdir(dir)).filter((file) => file.endsWith(".md")).sort();
  const pages = await Promise.all(
    files.map(async (file) => {
      const data = frontMatterOf(await readFile(path.join(dir, file), "utf8"));
      const slug = file === "index.md" ? "" : `${file.slice(0, -3)}/`;
      const url = data.permalink ?? `/${folder ? `${folder}/` : ""}${slug}`;
      return { file: path.join("content", folder, file), url, data };
    }),
  );
  return pages.filter((page) => page.data.draft !== true);
}

/**
 * The first level of the publication's sidebar: its home, then its pages by `order`. It reads the
 * Markdown pages only: a Nunjucks template's permalink is computed, so a page of that kind placed
 * at this level would have to be added here.
 */
export async function publicationMenu(projectDir = projectRoot): Promise<Link[]> {
  const pages = await markdownPages("plans-action", projectDir);
  const link = (page: ContentPage) => ({
    title: page.data.eleventyNavigation?.title ?? page.data.title,
    url: page.url,
  });
  const home = pages.find((page) => page.data.eleventyNavigation?.key === "plansAction");
  const children = pages
    .filter((page) => page.data.eleventyNavigation?.parent === "plansAction")
    .sort(
      (a, b) =>
        (a.data.eleventyNavigation?.order ?? Infinity) - (b.data.eleventyNavigation?.order ?? Infinity),
    );
  return [...(home ? [link(home)] : []), ...children.map(link)];
}

/**
 * The news posts, newest first. Eleventy orders a collection by date, then by file: the site reads
 * it backwards, so two posts of one day come last file first.
 */
export async function newsPosts(projectDir = projectRoot): Promise<ContentPage[]> {
  const posts = await markdownPages("actualites", projectDir);
  // Compared as Eleventy does, code point by code point, not by locale.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const byDateThenFile = (a: ContentPage, b: ContentPage) =>
    compare(String(a.data.date), String(b.data.date)) || compare(a.file, b.file);
  return posts.sort(byDateThenFile).reverse();
}
