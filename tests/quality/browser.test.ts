import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { browserSession, horizontalOverflow, serveSite } from "../support/browser.ts";
import { READING_CONDITIONS, changesWithoutJavaScript } from "../support/page-survey.ts";
import { projectRoot, temporaryFolder } from "../support/project.ts";
import { loadPage } from "../support/site.ts";

const siteDir = inject("siteDir");
const session = browserSession(siteDir);
const catalogue: Catalogue = await loadCatalogue(projectRoot);

/** The pages the journeys below go through. */
const JOURNEY_URLS = [
  "/",
  "/plans-action/",
  "/plans-action/les-actions/",
  ...catalogue.chantiers.map((c) => c.url),
];
const scripted = await Promise.all(
  JOURNEY_URLS.map(async (url) => changesWithoutJavaScript((await loadPage(siteDir, url)).html())),
);
// Without JavaScript, a page with no script is the very document it is with JavaScript: the
// journeys are made without it only once one of their pages has a script.
const CONDITIONS = READING_CONDITIONS.filter((condition) => condition.javaScript || scripted.includes(true));

async function openPage(width: number, javaScriptEnabled: boolean): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  return context.newPage();
}

/** The sidebar's link to a page, opening the sidebar first where a small screen folds it. */
async function sidebarLink(page: Page, title: string) {
  const toggle = page.locator(".fr-sidemenu details > summary").first();
  if (await toggle.isVisible()) {
    const open = await page.locator(".fr-sidemenu details").first().getAttribute("open");
    if (open === null) await toggle.click();
  }
  return page.locator(".fr-sidemenu").getByRole("link", { name: title, exact: true });
}

/** Whether the side menu's and the breadcrumb's lists show, and their toggles. */
function collapsibles(page: Page) {
  return page.evaluate(() => {
    const shown = (selector: string) => {
      const element = document.querySelector(selector);
      return element !== null && element.getClientRects().length > 0;
    };
    return {
      menu: shown(".fr-sidemenu .fr-sidemenu__list"),
      menuToggle: shown(".fr-sidemenu summary"),
      breadcrumb: shown(".fr-breadcrumb__list"),
      breadcrumbToggle: shown(".fr-breadcrumb summary"),
    };
  });
}

describe.each(CONDITIONS)("at $width px, JavaScript $javaScript", ({ width, javaScript }) => {
  it("reaches every chantier page from the home page by clicking in the sidebar", async () => {
    const page = await openPage(width, javaScript);
    await page.goto(`${session.origin}/`);
    await page
      .locator("main")
      .getByRole("link", { name: "Plans d’action des ministères", exact: true })
      .click();
    await page.waitForURL(`${session.origin}/plans-action/`);
    for (const chantier of catalogue.chantiers) {
      await (await sidebarLink(page, chantier.title)).click();
      await page.waitForURL(`${session.origin}${chantier.url}`);
      expect(await page.locator("h1").textContent()).toBe(chantier.title);
      const current = page.locator('.fr-sidemenu a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.getAttribute("href")).toBe(chantier.url);
    }
    await page.context().close();
  });

  it("moves the focus to <main> from the skip link", async () => {
    const page = await openPage(width, javaScript);
    await page.goto(`${session.origin}${catalogue.chantiers[0]!.url}`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Aller au contenu");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenu");
    await page.context().close();
  });

  it("leads back through the breadcrumb", async () => {
    const page = await openPage(width, javaScript);
    await page.goto(`${session.origin}${catalogue.chantiers.at(-1)!.url}`);
    const breadcrumb = page.locator(".fr-breadcrumb");
    const toggle = breadcrumb.locator("summary");
    if ((await toggle.count()) && (await toggle.isVisible())) await toggle.click();
    await breadcrumb.getByRole("link", { name: "Les actions", exact: true }).click();
    await page.waitForURL(`${session.origin}/plans-action/les-actions/`);
    expect(await page.locator("h1").textContent()).toBe("Les actions");
    await page.context().close();
  });

  it("shows the side menu and breadcrumb on a wide screen, folds them behind a toggle on a phone", async () => {
    const page = await openPage(width, javaScript);
    await page.goto(`${session.origin}${catalogue.chantiers[0]!.url}`);
    if (width >= 768) {
      // Whatever a browser does with a closed <details>: the lists stand outside it.
      expect(await collapsibles(page)).toEqual({
        menu: true,
        menuToggle: false,
        breadcrumb: true,
        breadcrumbToggle: false,
      });
    } else {
      expect(await collapsibles(page)).toEqual({
        menu: false,
        menuToggle: true,
        breadcrumb: false,
        breadcrumbToggle: true,
      });
      await page.locator(".fr-sidemenu summary").click();
      await page.locator(".fr-breadcrumb summary").click();
      expect(await collapsibles(page)).toMatchObject({ menu: true, breadcrumb: true });
    }
    await page.context().close();
  });

  it("keeps tables as tables, their cells in rows and columns", async () => {
    const page = await openPage(width, javaScript);
    await page.goto(`${session.origin}/plans-action/`);
    const displays = await page.evaluate(() =>
      ["table", "thead", "tr", "th", "td"].map(
        (tag) => getComputedStyle(document.querySelector(`.fr-table ${tag}`)!).display,
      ),
    );
    expect(displays).toEqual(["table", "table-header-group", "table-row", "table-cell", "table-cell"]);
    await page.context().close();
  });
});

// Every page's sideways scroll is checked in every-page.test.ts, in each condition where it can differ.
describe("the sideways-scroll check", () => {
  /** The sideways scroll of a one-page site made of `body`, on a 320 px screen. */
  async function overflowOf(body: string): Promise<number> {
    const dir = await temporaryFolder("overflow");
    await mkdir(path.join(dir, "page"));
    await writeFile(
      path.join(dir, "page", "index.html"),
      `<!DOCTYPE html><html lang="fr"><body>${body}</body></html>`,
    );
    const served = await serveSite(dir);
    const page = await openPage(320, true);
    await page.goto(`${served.origin}/page/`);
    const overflow = await horizontalOverflow(page);
    await page.context().close();
    await served.close();
    return overflow;
  }

  it("catches a page wider than a 320 px screen", async () => {
    expect(await overflowOf('<div style="width:600px">Trop large</div>')).toBeGreaterThan(0);
  });

  it("catches a box too wide for a 320 px screen inside a scrolling wrapper", async () => {
    expect(
      await overflowOf('<div style="overflow-x:auto"><p style="min-width:600px">Trop large</p></div>'),
    ).toBeGreaterThan(0);
  });

  it("lets a table scroll inside DSFR's container, as DSFR means it to", async () => {
    expect(
      await overflowOf(
        '<div class="fr-table__container" style="overflow-x:auto"><table><tr><td style="min-width:600px">Large</td></tr></table></div>',
      ),
    ).toBe(0);
  });
});
