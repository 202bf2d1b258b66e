import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../src/measure/chromium.ts";
import { createStaticServer, listenOnLoopback } from "../../src/server/static-server.ts";

export interface ServedSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1, on a free port, as `npm start` does. */
export async function serveSite(dir: string): Promise<ServedSite> {
  const server: Server = createStaticServer(dir);
  const origin = await listenOnLoopback(server, 0);
  return {
    origin,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

/** The boxes meant to scroll sideways on a phone: preformatted code, and DSFR's table container. */
const SIDEWAYS_SCROLLERS = "pre, .fr-table__container";

/**
 * How far the page, or a box inside it, scrolls sideways: 0 when nothing sticks out. A table
 * scrolls inside DSFR's own container, as DSFR means it to; any other box may not.
 */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate((scrollers) => {
    const root = document.documentElement;
    const boxes = Array.from(document.body.querySelectorAll("*")).filter(
      (element) =>
        !element.matches(scrollers) && ["auto", "scroll"].includes(getComputedStyle(element).overflowX),
    );
    return Math.max(
      root.scrollWidth - root.clientWidth,
      ...boxes.map((box) => box.scrollWidth - box.clientWidth),
    );
  }, SIDEWAYS_SCROLLERS);
}

export interface BrowserSession {
  readonly browser: Browser;
  /** Where the built site is served, when the session serves one. */
  readonly origin: string;
}

/**
 * Chromium for the tests of one file, launched before them and closed after, and the built site
 * served beside it when `siteDir` is given.
 */
export function browserSession(siteDir?: string): BrowserSession {
  let browser: Browser | undefined;
  let site: ServedSite | undefined;
  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), siteDir ? serveSite(siteDir) : undefined]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("Chromium n'est pas encore lancé");
      return browser;
    },
    get origin() {
      if (!site) throw new Error("Aucun site n'est servi dans cette session");
      return site.origin;
    },
  };
}
