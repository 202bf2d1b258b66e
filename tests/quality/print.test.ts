import { describe, expect, inject, it } from "vitest";
import chantiers from "../../_data/chantiers.ts";
import site from "../../_data/site.ts";
import { browserSession } from "../support/browser.ts";
import { isDocumentPage } from "../../src/urls.ts";
import { builtPageUrls } from "../support/site.ts";

const siteDir = inject("siteDir");
const session = browserSession(siteDir);

/** The width an A4 page leaves between its margins, in CSS pixels. */
const A4_PRINTABLE_WIDTH = 718;

describe("a printed page", () => {
  it("leaves out search, skip links and menus, fits header and tables, prints links' addresses", async () => {
    const page = await session.browser.newPage({ viewport: { width: A4_PRINTABLE_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    const siteOrigin = new URL(site.url).origin;
    for (const url of await builtPageUrls(siteDir)) {
      await page.goto(`${session.origin}${url}`);
      const printed = await page.evaluate(() => {
        const shown = (selector: string) =>
          Array.from(document.querySelectorAll(selector)).filter(
            (element) => element.getClientRects().length > 0,
          ).length;
        const header = document.querySelector(".fr-header");
        const links = Array.from(document.querySelectorAll<HTMLAnchorElement>("main a[href]")).filter(
          (link) => /^(\/|https?:)/.test(link.getAttribute("href") ?? ""),
        );
        return {
          hidden: {
            search: shown("form[role=search]"),
            skipLinks: shown(".fr-skiplinks"),
            sideMenu: shown(".fr-sidemenu"),
          },
          headerOverflow: header ? header.scrollWidth - header.clientWidth : 0,
          // Paper does not scroll: a table's columns past its box would be lost.
          tableOverflows: Array.from(document.querySelectorAll(".fr-table__container")).map(
            (container) => container.scrollWidth - container.clientWidth,
          ),
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          links: links.map((link) => {
            const after = getComputedStyle(link, "::after");
            return {
              href: link.getAttribute("href") ?? "",
              after: after.content,
              // Shown as text, not masked into an icon's box (DSFR's download links).
              shownAs: `${after.display === "none" ? "caché" : "affiché"} ${after.maskImage}`,
            };
          }),
        };
      });
      expect(printed.hidden, url).toEqual({ search: 0, skipLinks: 0, sideMenu: 0 });
      expect(printed.headerOverflow, url).toBeLessThanOrEqual(0);
      expect(Math.max(0, ...printed.tableOverflows), url).toBe(0);
      expect(printed.pageOverflow, url).toBeLessThanOrEqual(0);
      for (const { href, after, shownAs } of printed.links) {
        const address = href.startsWith("/") ? `${siteOrigin}${href}` : href;
        expect(after, `${url} ${href}`).toBe(`" (${address})"`);
        expect(shownAs, `${url} ${href}`).toBe("affiché none");
      }
    }
    await page.close();
  });

  it("wraps a table of every chantier to the page's width, whatever page holds one today", async () => {
    const page = await session.browser.newPage({ viewport: { width: A4_PRINTABLE_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    await page.goto(`${session.origin}/`);
    // The widest table the catalogue makes, ministries by chantiers, in DSFR's structure as
    // components/table.njk writes it; a ministry's name links to its page.
    const headers = ["Ministère, plan", ...chantiers.map((chantier) => chantier.title), "Total"];
    const overflow = await page.evaluate((headers) => {
      const row = (cells: string[], tag: string) =>
        `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join("")}</tr>`;
      const ministry = '<a href="/plans-action/ministeres/europe-et-affaires-etrangeres/">Europe</a>';
      const table = document.createElement("div");
      table.className = "fr-table";
      table.innerHTML =
        '<div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content">' +
        `<table><caption>Essai</caption><thead>${row(headers, "th")}</thead>` +
        `<tbody>${row([ministry, ...headers.slice(1).map(() => "128")], "td")}</tbody>` +
        "</table></div></div></div>";
      document.querySelector("main")?.append(table);
      const container = table.querySelector(".fr-table__container");
      return {
        table: container ? container.scrollWidth - container.clientWidth : Number.NaN,
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    }, headers);
    expect(overflow).toEqual({ table: 0, page: 0 });
    await page.close();
  });

  it("starts each part of a document page after the first on a new sheet, and keeps actions whole", async () => {
    const page = await session.browser.newPage({ viewport: { width: A4_PRINTABLE_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: "print" });
    const documents = (await builtPageUrls(siteDir)).filter(isDocumentPage);
    expect(documents.length).toBeGreaterThan(0);
    for (const url of documents) {
      await page.goto(`${session.origin}${url}`);
      const breaks = await page.evaluate(() => ({
        parts: Array.from(document.querySelectorAll(".document-part")).map(
          (part) => getComputedStyle(part).breakBefore,
        ),
        actions: Array.from(document.querySelectorAll(".action-list > li")).map(
          (item) => getComputedStyle(item).breakInside,
        ),
      }));
      expect(breaks.parts.length, url).toBeGreaterThan(1);
      expect(breaks.parts, url).toEqual(["auto", ...breaks.parts.slice(1).map(() => "page")]);
      expect(new Set(breaks.actions), url).not.toContain("auto");
    }
    await page.close();
  });
});
