import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { type ServedSite, browserSession, serveSite } from "../support/browser.ts";
import { temporaryFolder } from "../support/project.ts";
import { builtPageUrls } from "../support/site.ts";

const siteDir = inject("siteDir");
const session = browserSession();

/** The requests a page makes outside `origin`; they are stopped, never sent. */
async function foreignRequests(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

describe("requests", () => {
  it("go to the site's own origin only, on every page", async () => {
    const site: ServedSite = await serveSite(siteDir);
    const page = await session.browser.newPage();
    const foreign = await foreignRequests(page, site.origin);
    for (const url of await builtPageUrls(siteDir))
      await page.goto(`${site.origin}${url}`, { waitUntil: "load" });
    expect(foreign).toEqual([]);
    await page.close();
    await site.close();
  });

  it("are caught when a page loads something from elsewhere", async () => {
    const dir = await temporaryFolder("tiers");
    await mkdir(path.join(dir, "page"));
    await writeFile(path.join(dir, "page", "index.html"), '<img src="http://127.0.0.2:9/pixel.png" alt="">');
    const site = await serveSite(dir);
    const page = await session.browser.newPage();
    const foreign = await foreignRequests(page, site.origin);
    await page.goto(`${site.origin}/page/`, { waitUntil: "load" });
    expect(foreign).toEqual(["http://127.0.0.2:9/pixel.png"]);
    await page.close();
    await site.close();
  });
});
