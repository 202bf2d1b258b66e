import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../support/browser.ts";

const siteDir = inject("siteDir");
const session = browserSession(siteDir);

const CHANTIER = "/plans-action/les-actions/achats/";

async function styleOf(colorScheme: "light" | "dark", media: "screen" | "print") {
  const context = await session.browser.newContext({ colorScheme, javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.emulateMedia({ media });
  await page.goto(`${session.origin}${CHANTIER}`);
  const style = await page.evaluate(() => {
    const css = (selector: string, pseudo?: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element, pseudo) : undefined;
    };
    return {
      background: css("body")?.backgroundColor,
      text: css("h1")?.color,
      sidebar: css(".site-sidebar")?.display,
      breadcrumb: css(".fr-breadcrumb")?.display,
      linkAfter: css('main .open-data a[href$=".csv"]', "::after")?.content,
      badgeBackground: css(".fr-badge")?.backgroundColor,
      badgeBorder: css(".fr-badge")?.borderTopStyle,
      scripts: document.scripts.length,
    };
  });
  await context.close();
  return style;
}

describe("the dark theme", () => {
  it("follows the reader's system setting, with JavaScript off and no script to wait for", async () => {
    const light = await styleOf("light", "screen");
    const dark = await styleOf("dark", "screen");
    expect(light.background).toBe("rgb(255, 255, 255)");
    expect(dark.background).toBe("rgb(22, 22, 22)");
    expect(dark.text).not.toBe(light.text);
    expect(dark.scripts).toBe(0);
  });
});

describe("the stage badges", () => {
  async function badgeColours(colorScheme: "light" | "dark") {
    const context = await session.browser.newContext({ colorScheme, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.origin}/plans-action/les-actions/`);
    const colours = await page.evaluate(() =>
      ["realisation", "experimentation", "reflexion"].map((stage) => {
        const style = getComputedStyle(document.querySelector(`.stage-badge--${stage}`)!);
        return `${style.color} on ${style.backgroundColor}`;
      }),
    );
    await context.close();
    return colours;
  }

  it("wear DSFR's success, info and warning colours, in both themes", async () => {
    // DSFR's tokens: text-default-success on background-contrast-success, and so on.
    expect(await badgeColours("light")).toEqual([
      "rgb(24, 117, 60) on rgb(184, 254, 201)",
      "rgb(0, 99, 203) on rgb(232, 237, 255)",
      "rgb(179, 64, 0) on rgb(255, 233, 230)",
    ]);
    const dark = await badgeColours("dark");
    expect(new Set(dark).size).toBe(3);
    for (const colour of dark) expect(colour).not.toContain("rgba(0, 0, 0, 0)");
  });
});

describe("the print stylesheet", () => {
  it("leaves out the navigation chrome, prints link addresses, and frames stage badges without tint", async () => {
    const badgePage = await (async () => {
      const context = await session.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.emulateMedia({ media: "print" });
      await page.goto(`${session.origin}/plans-action/les-actions/`);
      const badge = await page.evaluate(() => {
        const style = getComputedStyle(document.querySelector(".fr-badge")!);
        return { background: style.backgroundColor, border: style.borderTopStyle, color: style.color };
      });
      await context.close();
      return badge;
    })();
    const print = await styleOf("light", "print");
    expect(print.sidebar).toBe("none");
    expect(print.breadcrumb).toBe("none");
    expect(print.linkAfter).toContain("/plans-action/donnees/actions.csv");
    expect(badgePage).toEqual({ background: "rgba(0, 0, 0, 0)", border: "solid", color: "rgb(0, 0, 0)" });

    const screen = await styleOf("light", "screen");
    expect(screen.sidebar).not.toBe("none");
    expect(screen.linkAfter).not.toContain("/plans-action/donnees/actions.csv");
  });
});
