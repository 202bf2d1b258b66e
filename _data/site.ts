export interface SiteMetadata {
  title: string;
  tagline: string;
  /** Absolute base URL of the published site, for canonical links and feeds. */
  url: string;
  language: string;
  publisher: string;
}

const site: SiteMetadata = {
  title: "Numérique responsable",
  tagline: "Les plans d’action des ministères pour réduire l'empreinte environnementale du numérique",
  // The deployment sets SITE_URL; a local build points at the local server.
  url: process.env.SITE_URL ?? "http://127.0.0.1:8080/",
  language: "fr",
  publisher: "Mission interministérielle numérique écoresponsable (DINUM)",
};

export default site;
