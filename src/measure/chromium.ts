import { type Browser, chromium } from "playwright-core";

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

/*
 * Debian's headless shell (package chromium-headless-shell): the same engine as the `chromium`
 * package without its window code, which loads a page two to three times faster here.
 */
const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium-headless-shell";

const executables = new WeakMap<Browser, string>();

/** Chromium (the headless shell, or the build `CHROMIUM_PATH` names), for the benches, the tests and the PDFs. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGUMENTS });
  executables.set(browser, executablePath);
  return browser;
}

/**
 * Whether the browser asks for a page's icon by itself, as a reader's browser does after `load`.
 * The headless shell never does: whoever measures a page asks for the icon in its place.
 */
export const asksForIcons = (browser: Browser): boolean =>
  !/headless[-_]shell/.test(executables.get(browser) ?? DEFAULT_CHROMIUM_PATH);
