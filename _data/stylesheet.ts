import { buildStylesheet } from "../src/styles/stylesheet.ts";
import site from "./site.ts";

// The site's one stylesheet, built from DSFR and src/styles/site.css (see src/styles/stylesheet.ts).
export default () => buildStylesheet(process.cwd(), site.url);
