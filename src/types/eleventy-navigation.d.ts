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
  }
  interface NavigationNode {
    data: { eleventyNavigation?: NavigationFrontMatter; page?: { url?: string | false } };
  }
  interface FoundEntry extends NavigationFrontMatter {
    title: string;
    url?: string;
    children?: FoundEntry[];
  }
  const plugin: ((eleventyConfig: unknown) => void) & {
    navigation: { find(nodes: NavigationNode[], key?: string): FoundEntry[] };
  };
  export default plugin;
  export type { NavigationFrontMatter, NavigationNode, FoundEntry };
}
