/**
 * The absolute URL of a site path. `siteUrl` may carry a path prefix (a project site on
 * GitHub Pages, say): the page path is resolved below it, not from the host's root.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\/+/, ""), base).href;
}
