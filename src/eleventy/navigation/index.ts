import navigationPlugin from "@11ty/eleventy-navigation";
import { checkAllReachable, checkParentsExist, checkUniqueKeys } from "./checks.ts";
import { type CompleteNavigation, type NavigablePage, completeNavigation } from "./defaults.ts";

export type { NavigablePage } from "./defaults.ts";

export interface NavigationEntry {
  key: string;
  title: string;
  url: string;
  order: number | undefined;
  children: NavigationEntry[];
  /** The children the sidebar lists; every entry is in breadcrumbs. */
  sidebarChildren: NavigationEntry[];
  listed: boolean;
  /** The children the site map lists. */
  siteMapChildren: NavigationEntry[];
  inSiteMap: boolean;
}

export interface NavigationIndex {
  /** The top of each tree: the publication, the news… */
  roots: NavigationEntry[];
  byKey: Map<string, NavigationEntry>;
  /** From the root of the page's tree down to the page itself. */
  trailByUrl: Map<string, NavigationEntry[]>;
}

/** A page as the plugin reads it, once the data cascade has completed its `eleventyNavigation`. */
interface PluginEntry {
  key: string;
  parent: string | undefined;
  navigation: CompleteNavigation;
  /** Where the entry links: as for the plugin, the navigation's `url` when it gives one. */
  url: string;
  /** The page's own address, by which its breadcrumb is found. */
  pageUrl: string;
  inputPath: string;
}

function pluginEntry(page: NavigablePage): PluginEntry | undefined {
  const { eleventyNavigation, title } = page.data;
  const navigation = completeNavigation({ eleventyNavigation, title, page });
  if (!navigation || page.url === false) return undefined;
  return {
    key: navigation.key,
    parent: navigation.parent,
    navigation,
    url: navigation.url ?? page.url,
    pageUrl: page.url,
    inputPath: page.inputPath,
  };
}

/*
 * Each parent's children, ordered by the plugin's own rules (`order`, then pinned entries). The
 * plugin looks for every child's children among all the pages it is given: handed one parent's
 * children at a time, without their keys, it only sorts them, so the tree is built in time
 * proportional to its size, however wide a branch.
 */
function childrenByParent(entries: PluginEntry[]): Map<string | undefined, PluginEntry[]> {
  const siblingsOf = new Map<string | undefined, PluginEntry[]>();
  for (const entry of entries) {
    const siblings = siblingsOf.get(entry.parent);
    if (siblings) siblings.push(entry);
    else siblingsOf.set(entry.parent, [entry]);
  }
  const ordered = new Map<string | undefined, PluginEntry[]>();
  for (const [parent, siblings] of siblingsOf) {
    const unkeyed = siblings.map((entry) => ({
      data: { eleventyNavigation: { ...entry.navigation, key: undefined }, entry },
    }));
    ordered.set(
      parent,
      navigationPlugin.navigation.find(unkeyed, parent).map((found) => found.data.entry),
    );
  }
  return ordered;
}

function toEntry(source: PluginEntry, children: NavigationEntry[]): NavigationEntry {
  return {
    key: source.key,
    // The plugin's rule: an entry without a title shows its key.
    title: source.navigation.title ?? source.key,
    url: source.url,
    order: source.navigation.order,
    children,
    sidebarChildren: children.filter((child) => child.listed),
    listed: !source.navigation.excludeFromSidebar,
    siteMapChildren: children.filter((child) => child.inSiteMap),
    inSiteMap: !source.navigation.excludeFromSiteMap,
  };
}

function indexTree(
  entries: NavigationEntry[],
  ancestors: NavigationEntry[],
  index: NavigationIndex,
  pageUrls: ReadonlyMap<NavigationEntry, string>,
): void {
  for (const entry of entries) {
    const trail = [...ancestors, entry];
    index.byKey.set(entry.key, entry);
    index.trailByUrl.set(pageUrls.get(entry) ?? entry.url, trail);
    indexTree(entry.children, trail, index, pageUrls);
  }
}

/**
 * The navigation trees of the written pages, from the entries the plugin's filters read, checked
 * and indexed once per build (the `navigation` collection).
 */
export function buildNavigationIndex(pages: NavigablePage[]): NavigationIndex {
  const sources = pages.map(pluginEntry).filter((source) => source !== undefined);
  checkUniqueKeys(sources);
  checkParentsExist(sources);
  const children = childrenByParent(sources);
  const pageUrls = new Map<NavigationEntry, string>();
  const build = (parent: string | undefined): NavigationEntry[] =>
    (children.get(parent) ?? []).map((source) => {
      const entry = toEntry(source, build(source.key));
      pageUrls.set(entry, source.pageUrl);
      return entry;
    });
  const index: NavigationIndex = { roots: build(undefined), byKey: new Map(), trailByUrl: new Map() };
  indexTree(index.roots, [], index, pageUrls);
  checkAllReachable(sources, index.byKey);
  return index;
}
