import { z } from "zod";

// Validation messages are read by contributors: in French, for the catalogue and the pages alike.
z.config(z.locales.fr());

export { z };
