import type { Server } from "node:http";
import { type Browser, type Page, chromium } from "playwright-core";
import { createStaticServer, listenOnLoopback } from "../../src/server/static-server.ts";

// As root on a machine with no network but the package registries: no sandbox, no GPU, and no
// background connections that would be refused.
const CHROMIUM_ARGUMENTS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGUMENTS });
}

export interface ServedSite {
  origin: string;
  close(): Promise<void>;
}

/** Serves a built site on 127.0.0.1, on a free port, as `npm start` does. */
export async function serveSite(dir: string): Promise<ServedSite> {
  const server: Server = createStaticServer(dir);
  const origin = await listenOnLoopback(server, 0);
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** How far the page scrolls sideways: 0 when nothing sticks out of the viewport. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
