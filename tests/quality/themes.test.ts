import postcss from "postcss";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { browserSession } from "../support/browser.ts";

const siteDir = inject("siteDir");
const session = browserSession(siteDir);

const CHANTIER = "/plans-action/les-actions/achats/";

async function styleOf(colorScheme: "light" | "dark", media: "screen" | "print") {
  const context = await session.browser.newContext({
    colorScheme,
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  });
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
      ["success", "info", "new"].map((variant) => {
        const style = getComputedStyle(document.querySelector(`.fr-badge--${variant}`)!);
        return `${style.color} on ${style.backgroundColor}`;
      }),
    );
    await context.close();
    return colours;
  }

  it("wear DSFR's success, info and new badge colours, in both themes", async () => {
    // DSFR's tokens: text-default-success on background-contrast-success, and so on.
    const light = await badgeColours("light");
    expect(light).toEqual([
      "rgb(24, 117, 60) on rgb(184, 254, 201)",
      "rgb(0, 99, 203) on rgb(232, 237, 255)",
      "rgb(105, 82, 64) on rgb(254, 235, 208)",
    ]);
    // The same tokens in DSFR's dark palette: each badge changes, none loses its ground.
    const dark = await badgeColours("dark");
    expect(new Set(dark).size).toBe(3);
    dark.forEach((colour, index) => {
      expect(colour).not.toBe(light[index]);
      expect(colour).not.toContain("rgba(0, 0, 0, 0)");
    });
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

/** What a browser without custom properties (a 2014 phone's) keeps of a stylesheet: no `--x`, no `var()`. */
function withoutCustomProperties(css: string): string {
  const root = postcss.parse(css);
  root.walkDecls((declaration) => {
    if (declaration.prop.startsWith("--") || declaration.value.includes("var(")) declaration.remove();
  });
  return root.toString();
}

describe("a browser without custom properties", () => {
  async function colours(page: Page, url: string) {
    await page.goto(`${session.origin}${url}`);
    return page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        text: style("main p").color,
        link: style("main p a").color,
        searchButton: style(".site-search .fr-btn").backgroundColor,
        searchField: style(".site-search .fr-input").backgroundColor,
        badges: ["success", "info", "new"].map((variant) => {
          const badge = style(`.fr-badge--${variant}`);
          return `${badge.color} on ${badge.backgroundColor}`;
        }),
      };
    });
  }

  it("still shows DSFR's light colours", async () => {
    const context = await session.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 800 },
    });
    const current = await colours(await context.newPage(), "/plans-action/les-actions/");
    const old = await context.newPage();
    await old.route("**/*.css*", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: withoutCustomProperties(await response.text()) });
    });
    const seenByOld = await colours(old, "/plans-action/les-actions/");
    await context.close();
    expect(current.searchButton).toBe("rgb(0, 0, 145)");
    expect(seenByOld).toEqual(current);
  });
});
