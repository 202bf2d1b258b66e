import * as cheerio from "cheerio";

/*
 * A page's content as a section of a document page that holds several: its headings one rank
 * lower, below the page's title, and its ids prefixed, so that two pages' sections never share
 * one; its links to the document's other pages lead within the document.
 */

/** The attribute a template puts on what a page shows that a document leaves out. */
const OMITTED = "data-document-omit";

/** The attributes that name an id of the page. */
const ID_REFERENCES = ["aria-labelledby", "aria-describedby", "aria-controls", "for", "headers"];

/** The id a page's section takes in a document, from its address: `/plans-action/suivi/` → `suivi`. */
export const sectionId = (url: string) => url.split("/").filter(Boolean).slice(1).join("-") || "publication";

/**
 * An id of a page, in its section: after the section's id and two hyphens, which no section's id
 * holds (an address's segments are slugs), so that it can never be another section's id.
 */
const innerId = (section: string, id: string) => `${section}--${id}`;

/** A page as a document holds it: the id of its section, its title, its heading's rank. */
export interface DocumentPart {
  url: string;
  id: string;
  text: string;
  level: number;
}

/**
 * The pages a document holds (`depth` levels below the publication's home), each with the id of
 * its section there, its title, and its heading's rank: the home and its sections as h2, the
 * sections' pages as h3.
 */
export const documentParts = (
  pages: readonly { url: string; title: string; depth: number }[],
): DocumentPart[] =>
  pages.map((page) => ({
    url: page.url,
    id: sectionId(page.url),
    text: page.title,
    level: page.depth > 1 ? 3 : 2,
  }));

/** Each list's pages by address, made once a list: a document looks up each of its parts. */
const byUrl = new WeakMap<readonly { url: string }[], Map<string, { url: string }>>();

function indexed<Page extends { url: string }>(pages: readonly Page[]): Map<string, Page> {
  let index = byUrl.get(pages);
  if (!index) {
    index = new Map(pages.map((page) => [page.url, page]));
    byUrl.set(pages, index);
  }
  return index as Map<string, Page>;
}

/** A page of `pages` (Eleventy's collection items) by its address. */
export const pageAt = <Page extends { url: string }>(pages: readonly Page[], url: string) =>
  indexed(pages).get(url);

/**
 * `content`, the page `part` rendered without its layout, as a section of a document that holds
 * the pages `parts`, its headings below the part's own.
 */
export function documentSection(
  content: string,
  part: { url: string; level: number },
  parts: readonly { url: string }[],
): string {
  const $ = cheerio.load(content, null, false);
  const prefix = sectionId(part.url);
  const within = indexed(parts);
  // Menus between pages (a chantier's neighbours) lead nowhere in a document, and what a page
  // repeats of the site's furniture (the open data's callout) is said once, if at all.
  $(`nav, [${OMITTED}]`).remove();
  $("h1, h2, h3, h4, h5").each((_, heading) => {
    heading.tagName = `h${Math.min(6, Number(heading.tagName.slice(1)) + part.level - 1)}`;
  });
  // A chart's patterns keep their ids: the stylesheet fills the bars with them (`url(#…)`).
  $("[id]")
    .not("defs [id]")
    .each((_, element) => {
      $(element).attr("id", innerId(prefix, $(element).attr("id") ?? ""));
    });
  for (const name of ID_REFERENCES) {
    $(`[${name}]`).each((_, element) => {
      const ids = ($(element).attr(name) ?? "").split(/\s+/).filter(Boolean);
      $(element).attr(name, ids.map((id) => innerId(prefix, id)).join(" "));
    });
  }
  $("a[href]").each((_, link) => {
    const href = $(link).attr("href") ?? "";
    const [path = "", fragment] = href.split("#");
    const target = path === "" ? prefix : within.has(path) ? sectionId(path) : undefined;
    if (target === undefined) return;
    $(link).attr("href", fragment ? `#${innerId(target, fragment)}` : `#${target}`);
  });
  return $.html();
}
