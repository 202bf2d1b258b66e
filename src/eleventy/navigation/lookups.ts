import type { NavigationEntry, NavigationIndex } from "./index.ts";

/** The entry of `key` with its descendants, for a sidebar. */
export function navigationTree(index: NavigationIndex, key: string): NavigationEntry {
  const entry = index.byKey.get(key);
  if (!entry) throw new Error(`Aucune page n'a la clé de navigation « ${key} »`);
  return entry;
}

/** The pages from the root of the tree down to the page at `url`; empty outside any tree. */
export function navigationTrail(index: NavigationIndex, url: string): NavigationEntry[] {
  return index.trailByUrl.get(url) ?? [];
}
