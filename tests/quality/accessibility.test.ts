import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserSession, serveSite } from "../support/browser.ts";
import { accessibilityViolations } from "../support/page-survey.ts";
import { temporaryFolder } from "../support/project.ts";

const session = browserSession();

// Every page's check is in every-page.test.ts: it reads what one visit of each page recorded.
describe("accessibility (axe-core, WCAG 2.1 A and AA)", () => {
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
    const rules = (await accessibilityViolations(page)).map((violation) => violation.split(" ")[0]);
    expect(rules).toEqual(expect.arrayContaining(["html-has-lang", "image-alt", "link-name"]));
    await page.close();
    await served.close();
  });
});
