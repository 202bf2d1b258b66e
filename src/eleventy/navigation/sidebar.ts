import type { NavigationEntry, NavigationIndex } from "./index.ts";
import { navigationTrail, navigationTree } from "./lookups.ts";

/** An entry of the sidebar as one page shows it. */
export interface SidebarItem {
  title: string;
  url: string;
  /** The page being read. */
  current: boolean;
  children: SidebarItem[];
}

export interface SidebarMenu {
  root: SidebarItem;
  items: SidebarItem[];
}

/** Beyond this many children, a branch is a list to browse on its own page, not in every sidebar. */
export const LONG_BRANCH = 12;

/**
 * The sidebar of the page at `pageUrl`. Short branches are always open. A long branch is listed
 * whole only where the reader browses it: on its own page and on its children's pages; higher up
 * the reader's path it keeps only the entry that leads to the page. A sidebar thus grows with the
 * depth and the width of one branch, never with the size of the publication.
 */
export function sidebarMenu(index: NavigationIndex, rootKey: string, pageUrl: string): SidebarMenu {
  const root = navigationTree(index, rootKey);
  const trail = navigationTrail(index, pageUrl);
  const onPath = new Set(trail);
  const current = trail.at(-1);
  const parent = trail.at(-2);
  const itemsBelow = (entry: NavigationEntry): SidebarItem[] => {
    const browsed = entry.sidebarChildren.length <= LONG_BRANCH || entry === current || entry === parent;
    const shown = browsed
      ? entry.sidebarChildren
      : entry.sidebarChildren.filter((child) => onPath.has(child));
    return shown.map(item);
  };
  const item = (entry: NavigationEntry): SidebarItem => ({
    title: entry.title,
    url: entry.url,
    current: entry === current,
    children: itemsBelow(entry),
  });
  // The publication's home heads the list, level with its sections.
  return { root: { ...item(root), children: [] }, items: itemsBelow(root) };
}

/** A page the sidebar can list, `depth` levels below its root. */
export interface SidebarPage {
  title: string;
  url: string;
  depth: number;
}

/**
 * The pages the sidebar of the tree at `rootKey` can list, in its order, whatever branch is open:
 * the root, then each entry followed by its children, down to `depth` levels below the root. A
 * document of the whole publication reads its pages in this order.
 */
export function sidebarOrder(
  index: NavigationIndex,
  rootKey: string,
  depth = Number.POSITIVE_INFINITY,
): SidebarPage[] {
  const walk = (entry: NavigationEntry, level: number): SidebarPage[] => [
    { title: entry.title, url: entry.url, depth: level },
    ...(level < depth ? entry.sidebarChildren.flatMap((child) => walk(child, level + 1)) : []),
  ];
  return walk(navigationTree(index, rootKey), 0);
}
