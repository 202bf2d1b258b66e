import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserSession, serveSite } from "../support/browser.ts";
import { stopForeignRequests } from "../support/page-survey.ts";
import { temporaryFolder } from "../support/project.ts";

const session = browserSession();

// Every page's check is in every-page.test.ts: it reads what one visit of each page recorded.
describe("requests", () => {
  it("are caught when a page loads something from elsewhere", async () => {
    const dir = await temporaryFolder("tiers");
    await mkdir(path.join(dir, "page"));
    await writeFile(path.join(dir, "page", "index.html"), '<img src="http://127.0.0.2:9/pixel.png" alt="">');
    const site = await serveSite(dir);
    const page = await session.browser.newPage();
    const foreign = await stopForeignRequests(page, site.origin);
    await page.goto(`${site.origin}/page/`, { waitUntil: "load" });
    expect(foreign).toEqual(["http://127.0.0.2:9/pixel.png"]);
    await page.close();
    await site.close();
  });
});
