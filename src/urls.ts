/**
 * Where the site's own pages and files are published, outside the catalogue (whose addresses are
 * in src/catalogue/urls.ts): their permalinks and the links to them come from here. Templates
 * read them as `site.urls`.
 */
export const siteUrls = {
  home: "/",
  search: "/recherche/",
  siteMap: "/plan-du-site/",
  accessibility: "/accessibilite/",
  /** The RGAA audit's grid, every criterion on every page of its sample. */
  accessibilityGrid: "/accessibilite/grille-rgaa.csv",
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

/** The last segment of a document page's address: a whole plan, or the publication, on one page. */
export const DOCUMENT_PAGE_SEGMENT = "version-imprimable";

/** Whether a page is a document page, which has budgets of its own (src/weights.ts). */
export const isDocumentPage = (url: string) => url.endsWith(`/${DOCUMENT_PAGE_SEGMENT}/`);
