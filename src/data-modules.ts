import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";

const modulesByUrl = new Map<string, Promise<{ default?: unknown }>>();

/**
 * The default export of a TypeScript data module, imported through tsx; a function is called, so
 * data may be computed.
 *
 * Eleventy asks for a directory data file once for every page below it: thousands of times in a
 * large publication. The URL names the file's modification time (in the `_cache_bust` query, the
 * one Eleventy's import hook keeps), so the module is loaded once per version of the file: the
 * dev server still sees every edit, and a build does not load the same module for each page.
 */
export async function importDataModule(filePath: string): Promise<unknown> {
  const url = `${pathToFileURL(filePath).href}?_cache_bust=${statSync(filePath, { bigint: true }).mtimeNs}`;
  // Kept here too: even a module already loaded costs a round trip to tsx's loader thread.
  let module = modulesByUrl.get(url);
  if (!module) {
    module = import(url) as Promise<{ default?: unknown }>;
    modulesByUrl.set(url, module);
  }
  const exported = (await module).default;
  return typeof exported === "function" ? await (exported as () => unknown)() : exported;
}
