import * as z from "zod";
import fr from "zod/v4/locales/fr.js";

/*
 * Validation messages are read by contributors: in French, for the catalogue and the pages alike.
 * Importing this module sets the language, before any schema is used. Only the French locale is
 * loaded: the plan schema is also bundled for a browser page.
 */
z.config(fr());
// zod compiles object checks with `new Function` when it may; a page's Content-Security-Policy
// forbids that, and the attempt alone is reported as a violation in the browser.
z.config({ jitless: true });

export { z };
