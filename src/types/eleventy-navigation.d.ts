// The plugin ships JavaScript without types; this declares the part the site uses.
declare module "@11ty/eleventy-navigation" {
  interface NavigationFrontMatter {
    key?: string;
    parent?: string;
    title?: string;
    order?: number;
    /** Before every sibling that is not pinned. */
    pinned?: boolean;
    url?: string;
    /** The site's own field: the page shows in breadcrumbs but not in the sidebar. */
    excludeFromSidebar?: boolean;
    /** The site's own field: the site map leaves the page out, the page that lists it leads to it. */
    excludeFromSiteMap?: boolean;
  }
  /** What `find` reads of a page: its navigation front matter, beside anything else it carries. */
  interface NavigationNode {
    eleventyNavigation?: NavigationFrontMatter;
  }
  /** An entry `find` returns: the node's navigation fields, and the node's data as it was given. */
  type FoundEntry<Data> = NavigationFrontMatter & {
    title: string;
    data: Data;
    /** Below each entry that has a key: its own children, ordered. */
    children?: FoundEntry<Data>[];
  };
  interface BreadcrumbOptions {
    /** The entry of the key itself ends the list. */
    includeSelf?: boolean;
    /** An unknown key gives an empty list instead of an error. */
    allowMissing?: boolean;
  }
  /** Registers the filters `eleventyNavigation`, `eleventyNavigationBreadcrumb`, `eleventyNavigationToHtml`… */
  const plugin: ((eleventyConfig: unknown) => void) & {
    navigation: {
      find<Data extends NavigationNode>(nodes: { data: Data }[], key?: string): FoundEntry<Data>[];
      /** From the top of the tree down to the entry of `activeKey`, without their children. */
      findBreadcrumbs<Data extends NavigationNode>(
        nodes: { data: Data }[],
        activeKey: string,
        options?: BreadcrumbOptions,
      ): Omit<FoundEntry<Data>, "children">[];
    };
  };
  export default plugin;
  export type { NavigationFrontMatter };
}
