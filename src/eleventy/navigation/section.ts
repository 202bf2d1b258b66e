import type { NavigationIndex } from "./index.ts";
import { navigationTrail } from "./lookups.ts";

/**
 * Where a page sits, as its breadcrumb reads without the page itself ("Accueil › Plans d'action ›
 * Les actions"): search results name each page's section with it.
 */
export function navigationSection(index: NavigationIndex, url: string): string {
  const ancestors = navigationTrail(index, url).slice(0, -1);
  return ["Accueil", ...ancestors.map((entry) => entry.title)].join(" › ");
}
