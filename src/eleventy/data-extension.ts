import { pathToFileURL } from "node:url";

/**
 * Eleventy reads only JSON and JavaScript data files by itself. A `.ts` data file is imported
 * through tsx; a default export that is a function is called, so data may be computed.
 * The `_cache_bust` query is the one Eleventy's import hook keeps, so the dev server reloads
 * an edited file instead of serving the module cached by the first import.
 */
export async function importTypeScriptData(filePath: string): Promise<unknown> {
  const url = `${pathToFileURL(filePath).href}?_cache_bust=${Date.now()}`;
  const module: { default?: unknown } = await import(url);
  const exported = module.default;
  return typeof exported === "function" ? await exported() : exported;
}
