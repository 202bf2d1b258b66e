/**
 * Where the site's own pages and files are published, outside the catalogue (whose addresses are
 * in src/catalogue/urls.ts): their permalinks and the links to them come from here. Templates
 * read them as `site.urls`.
 */
export const siteUrls = {
  home: "/",
  search: "/recherche/",
  siteMap: "/plan-du-site/",
  stylesheet: "/css/site.css",
  favicon: "/favicon.svg",
  sitemap: "/sitemap.xml",
};

/**
 * The absolute URL of a site path. `siteUrl` may carry a path prefix (a project site on
 * GitHub Pages, say): the page path is resolved below it, not from the host's root.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\/+/, ""), base).href;
}
