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

/** Debian's Chromium (or the one `CHROMIUM_PATH` names), for the benches and the browser tests. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGUMENTS,
  });
}
