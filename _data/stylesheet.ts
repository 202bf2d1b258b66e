import { buildStylesheet } from "../src/styles/stylesheet.ts";

// The site's one stylesheet, built from DSFR and src/styles/site.css (see src/styles/stylesheet.ts).
export default () => buildStylesheet(process.cwd());
