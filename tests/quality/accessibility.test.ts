import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserSession, serveSite } from "../support/browser.ts";
import { accessibilityViolations } from "../support/page-survey.ts";
import { temporaryFolder } from "../support/project.ts";

const session = browserSession();

// Every page's check is in every-page.test.ts: it reads what one visit of each page recorded.
describe("accessibility (axe-core, WCAG 2.2 A and AA)", () => {
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

  it("checks WCAG 2.2's own rules too: targets too small to hit, a scrolling box out of the keyboard's reach", async () => {
    const dir = await temporaryFolder("inaccessible-2-2");
    await mkdir(path.join(dir, "page"));
    const tiny = 'style="width:8px;height:8px;padding:0;margin:0;border:0;display:inline-block"';
    await writeFile(
      path.join(dir, "page", "index.html"),
      '<!DOCTYPE html><html lang="fr"><head><title>x</title></head><body><main>' +
        `<button ${tiny} aria-label="Un"></button><button ${tiny} aria-label="Deux"></button>` +
        '<div style="width:100px;overflow-x:auto"><p style="width:400px">Un texte plus large que sa boîte.</p></div>' +
        "</main></body></html>",
    );
    const served = await serveSite(dir);
    const page = await session.browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${served.origin}/page/`);
    const rules = (await accessibilityViolations(page)).map((violation) => violation.split(" ")[0]);
    expect(rules).toEqual(expect.arrayContaining(["target-size", "scrollable-region-focusable"]));
    await page.close();
    await served.close();
  });
});
