import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import axe from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ServedSite, browserSession, serveSite } from "../support/browser.ts";
import { temporaryFolder } from "../support/project.ts";
import { builtPageUrls } from "../support/site.ts";

const siteDir = inject("siteDir");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// No rule is disabled. A rule may be, only with the reason written here beside it.
const DISABLED_RULES: Record<string, string> = {};

const session = browserSession();

/** The WCAG 2.1 A and AA violations axe-core finds on a page, one line each. */
async function violations(page: Page): Promise<string[]> {
  // Run through the DevTools protocol, not as a <script>: the page's policy forbids inline code.
  await page.evaluate(axe.source);
  const rules = Object.fromEntries(Object.keys(DISABLED_RULES).map((rule) => [rule, { enabled: false }]));
  const results = await page.evaluate(
    ({ tags, rules }) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, rules }),
    { tags: WCAG_21_AA, rules },
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}) : ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe("accessibility (axe-core, WCAG 2.1 A and AA)", () => {
  let site: ServedSite;

  beforeAll(async () => {
    site = await serveSite(siteDir);
  });

  afterAll(async () => {
    await site.close();
  });

  it("finds no violation on any built page", async () => {
    const page = await session.browser.newPage();
    const found: string[] = [];
    for (const url of await builtPageUrls(siteDir)) {
      await page.goto(`${site.origin}${url}`);
      found.push(...(await violations(page)).map((violation) => `${url} ${violation}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it("catches the violations of a broken page", async () => {
    const dir = await temporaryFolder("inaccessible");
    await mkdir(path.join(dir, "page"));
    await writeFile(
      path.join(dir, "page", "index.html"),
      '<!DOCTYPE html><html><head><title>x</title></head><body><img src="x.png"><a href="/"></a></body></html>',
    );
    const served = await serveSite(dir);
    const page = await session.browser.newPage();
    await page.goto(`${served.origin}/page/`);
    const rules = (await violations(page)).map((violation) => violation.split(" ")[0]);
    expect(rules).toEqual(expect.arrayContaining(["html-has-lang", "image-alt", "link-name"]));
    await page.close();
    await served.close();
  });
});
