import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";

/*
 * A document page printed to an accessible PDF by Chromium: A4 as the print stylesheet lays it
 * out, tagged (its structure follows the page's), with an outline from its headings, its title
 * and language from the page's. Its links lead to the published site, not to the local server
 * it was printed from.
 */

export interface PrintedDocument {
  /** The page's address in the site, its path prefix left out. */
  url: string;
  /** Where its PDF goes in the site. */
  pdfUrl: string;
}

/**
 * Prints each document of the site served at `origin` (below the site's path prefix) into
 * `folder`, at its PDF's address. `siteUrl` is the published site's address.
 */
export async function printDocuments(
  browser: Browser,
  documents: readonly PrintedDocument[],
  options: { origin: string; siteUrl: string; folder: string },
): Promise<string[]> {
  const prefix = new URL(options.siteUrl).pathname.replace(/\/$/, "");
  const files: string[] = [];
  const page = await browser.newPage();
  try {
    for (const document of documents) {
      const response = await page.goto(`${options.origin}${prefix}${document.url}`);
      if (!response?.ok()) throw new Error(`${document.url} : page introuvable (${response?.status()})`);
      await page.emulateMedia({ media: "print" });
      await page.evaluate(pointLinksAt, new URL(options.siteUrl).origin);
      const file = path.join(options.folder, ...document.pdfUrl.split("/"));
      await mkdir(path.dirname(file), { recursive: true });
      await page.pdf({ path: file, format: "A4", preferCSSPageSize: true, tagged: true, outline: true });
      files.push(file);
    }
  } finally {
    await page.close();
  }
  return files;
}

/**
 * In the page: its links to the local server lead to the same address on the published site, and
 * its headings are text, not links to themselves (the PDF's tags would make each a link).
 */
function pointLinksAt(siteOrigin: string): void {
  for (const anchor of Array.from(document.querySelectorAll("a.header-anchor"))) {
    anchor.replaceWith(...Array.from(anchor.childNodes));
  }
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>("a[href]"))) {
    if (link.getAttribute("href")?.startsWith("#")) continue;
    const target = new URL(link.href);
    if (target.origin === location.origin)
      link.href = `${siteOrigin}${target.pathname}${target.search}${target.hash}`;
  }
}
