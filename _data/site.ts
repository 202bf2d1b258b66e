import { siteUrls } from "../src/urls.ts";

export interface SiteMetadata {
  title: string;
  tagline: string;
  /** Absolute base URL of the published site, for canonical links and feeds. */
  url: string;
  /** Where the site's own pages and files are, below that URL. */
  urls: typeof siteUrls;
  language: string;
  /** The language and country of the pages, as Open Graph writes it. */
  locale: string;
  publisher: string;
  licence: Link;
  /** The State's sites that every DSFR footer links to. */
  governmentLinks: Link[];
  /** The footer's own pages (site map, accessibility, legal notice…), as they are written. */
  footerLinks: Link[];
  /** Where contributors edit the pages; unknown outside a configured build. */
  repository: { url: string; branch: string } | undefined;
  /** The Content-Security-Policy every page declares in a <meta>, directive by directive. */
  securityPolicy: { everyPage: string[]; webAssembly: string };
}

export interface Link {
  title: string;
  url: string;
}

function repositoryUrl(): SiteMetadata["repository"] {
  const url =
    process.env.SITE_REPOSITORY_URL ??
    (process.env.GITHUB_REPOSITORY ? `https://github.com/${process.env.GITHUB_REPOSITORY}` : undefined);
  return url ? { url, branch: process.env.SITE_REPOSITORY_BRANCH ?? "main" } : undefined;
}

const site: SiteMetadata = {
  title: "Numérique responsable",
  tagline: "Les plans d’action des ministères pour réduire l'empreinte environnementale du numérique",
  // The deployment sets SITE_URL; a local build points at the local server.
  url: process.env.SITE_URL ?? "http://127.0.0.1:8080/",
  urls: siteUrls,
  language: "fr",
  locale: "fr_FR",
  publisher: "Mission interministérielle numérique écoresponsable (DINUM)",
  licence: { title: "Licence Ouverte 2.0", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
  governmentLinks: [
    { title: "info.gouv.fr", url: "https://info.gouv.fr" },
    { title: "service-public.gouv.fr", url: "https://service-public.gouv.fr" },
    { title: "legifrance.gouv.fr", url: "https://legifrance.gouv.fr" },
    { title: "data.gouv.fr", url: "https://data.gouv.fr" },
  ],
  footerLinks: [
    { title: "Plan du site", url: siteUrls.siteMap },
    // The footer adds the site's state, computed from the audit (_data/rgaa.ts).
    { title: "Accessibilité", url: siteUrls.accessibility },
    { title: "Mentions légales", url: "/mentions-legales/" },
    { title: "Données personnelles", url: "/donnees-personnelles/" },
    { title: "Déclaration d'écoconception", url: "/ecoconception/" },
  ],
  // Set by GitHub Actions (GITHUB_REPOSITORY) or by hand: the "Modifier cette page" links need it.
  repository: repositoryUrl(),
  securityPolicy: {
    // The site's own files only, no inline script or style; DSFR's icons are data: images inside
    // the stylesheet. A <meta> policy cannot say frame-ancestors: the host's headers must.
    everyPage: [
      "default-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    // Pagefind searches with WebAssembly in a worker, which this page's policy does not reach;
    // where a worker cannot start, it runs it in the page: the search page (front matter
    // `runsWebAssembly`) allows that, and no other page.
    webAssembly: "script-src 'self' 'wasm-unsafe-eval'",
  },
};

export default site;
