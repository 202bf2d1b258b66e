import navigationPlugin, { type NavigationFrontMatter } from "@11ty/eleventy-navigation";

/** What the site needs of an item of `collections.all`. */
export interface NavigablePage {
  url: string | false;
  inputPath: string;
  data: { eleventyNavigation?: NavigationFrontMatter; title?: string };
}

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

/**
 * A page's key in the navigation tree: its `key` when it gives one, else its file's path in
 * `content/`, without extension ("plans-action/gouvernance"). Never its title: renaming a page
 * must not orphan the pages that name it as their `parent`.
 */
export function navigationKey(page: NavigablePage): string {
  const key = page.data.eleventyNavigation?.key;
  if (key !== undefined) return key;
  return page.inputPath
    .replace(/^(\.\/)?content\//, "")
    .replace(/\.[^./]+$/, "")
    .replace(/\/index$/, "");
}

/** A navigation entry without a title of its own takes the page's title. */
function withTitle(page: NavigablePage): NavigationFrontMatter {
  const navigation = page.data.eleventyNavigation ?? {};
  return { ...navigation, title: navigation.title ?? page.data.title };
}

function checkUniqueKeys(pages: NavigablePage[]): void {
  const fileByKey = new Map<string, string>();
  for (const page of pages) {
    const key = navigationKey(page);
    // The plugin reads "a,b" as two keys: such a page would lose its children.
    if (key.includes(",")) {
      throw new Error(
        `${page.inputPath} : champ « eleventyNavigation.key » : « ${key} » contient une virgule`,
      );
    }
    const other = fileByKey.get(key);
    if (other) {
      throw new Error(
        `${page.inputPath} : champ « eleventyNavigation.key » : « ${key} » est déjà la clé de ${other}`,
      );
    }
    fileByKey.set(key, page.inputPath);
  }
}

interface Node {
  key: string;
  navigation: NavigationFrontMatter;
  url: string;
}

/*
 * Each parent's children, ordered by the plugin's own rules (`order`, then pinned entries). The
 * plugin looks for every child's children among all the pages it is given: handed one parent's
 * children at a time, without their keys, it only sorts them, so the tree is built in time
 * proportional to its size, however wide a branch.
 */
function childrenByParent(nodes: Node[]): Map<string | undefined, Node[]> {
  const siblingsOf = new Map<string | undefined, Node[]>();
  for (const node of nodes) {
    const parent = node.navigation.parent;
    const siblings = siblingsOf.get(parent);
    if (siblings) siblings.push(node);
    else siblingsOf.set(parent, [node]);
  }
  const ordered = new Map<string | undefined, Node[]>();
  for (const [parent, siblings] of siblingsOf) {
    const unkeyed = siblings.map((node) => ({
      data: { eleventyNavigation: { ...node.navigation, key: undefined }, node },
    }));
    ordered.set(
      parent,
      navigationPlugin.navigation.find(unkeyed, parent).map((found) => found.data.node),
    );
  }
  return ordered;
}

function toEntry(node: Node, children: NavigationEntry[]): NavigationEntry {
  return {
    key: node.key,
    title: node.navigation.title ?? node.key,
    url: node.url,
    order: node.navigation.order,
    children,
    sidebarChildren: children.filter((child) => child.listed),
    listed: !node.navigation.excludeFromSidebar,
    siteMapChildren: children.filter((child) => child.inSiteMap),
    inSiteMap: !node.navigation.excludeFromSiteMap,
  };
}

function indexTree(entries: NavigationEntry[], ancestors: NavigationEntry[], index: NavigationIndex): void {
  for (const entry of entries) {
    const trail = [...ancestors, entry];
    index.byKey.set(entry.key, entry);
    if (entry.url) index.trailByUrl.set(entry.url, trail);
    indexTree(entry.children, trail, index);
  }
}

function checkParentsExist(pages: NavigablePage[]): void {
  const keys = new Set(pages.map(navigationKey));
  for (const page of pages) {
    const parent = page.data.eleventyNavigation?.parent;
    if (parent !== undefined && !keys.has(parent)) {
      throw new Error(
        `${page.inputPath} : champ « eleventyNavigation.parent » : aucune page n'a la clé « ${parent} »`,
      );
    }
  }
}

/** Pages whose chain of parents loops back on itself hang from no root: they are named. */
function checkAllReachable(pages: NavigablePage[], index: NavigationIndex): void {
  const unreachable = pages.filter((page) => !index.byKey.has(navigationKey(page)));
  if (unreachable.length) {
    const files = unreachable.map((page) => page.inputPath).join(", ");
    throw new Error(
      `${files} : champ « eleventyNavigation.parent » : ces pages sont parentes les unes des autres`,
    );
  }
}

export function buildNavigationIndex(pages: NavigablePage[]): NavigationIndex {
  const navigable = pages.filter(
    (page): page is NavigablePage & { url: string } => !!page.data.eleventyNavigation && page.url !== false,
  );
  checkUniqueKeys(navigable);
  checkParentsExist(navigable);
  const nodes = navigable.map((page) => ({
    key: navigationKey(page),
    navigation: withTitle(page),
    url: page.url,
  }));
  const children = childrenByParent(nodes);
  const build = (parent: string | undefined): NavigationEntry[] =>
    (children.get(parent) ?? []).map((node) => toEntry(node, build(node.key)));
  const roots = build(undefined);
  const index: NavigationIndex = { roots, byKey: new Map(), trailByUrl: new Map() };
  indexTree(roots, [], index);
  checkAllReachable(navigable, index);
  return index;
}

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

/**
 * Where a page sits, as its breadcrumb reads without the page itself ("Accueil › Plans d'action ›
 * Les actions"): search results name each page's section with it.
 */
export function navigationSection(index: NavigationIndex, url: string): string {
  const trail = navigationTrail(index, url);
  const ancestors = trail.at(-1)?.url === url ? trail.slice(0, -1) : trail;
  return ["Accueil", ...ancestors.map((entry) => entry.title)].join(" › ");
}

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
