// The plugin ships JavaScript without types; this declares the part the site uses.
declare module "@11ty/eleventy-navigation" {
  interface NavigationFrontMatter {
    key?: string;
    parent?: string;
    title?: string;
    order?: number;
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
  type FoundEntry<Data> = NavigationFrontMatter & { title: string; data: Data };
  const plugin: ((eleventyConfig: unknown) => void) & {
    navigation: {
      find<Data extends NavigationNode>(nodes: { data: Data }[], key?: string): FoundEntry<Data>[];
    };
  };
  export default plugin;
  export type { NavigationFrontMatter };
}
