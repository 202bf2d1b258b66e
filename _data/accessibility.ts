import path from "node:path";
import { loadAudit } from "../src/accessibility/load.ts";

// The RGAA audit as the templates read it (the declaration, the footer's mention, the grid's CSV),
// validated and computed from its grid, _data/rgaa.ts.
export default () => loadAudit(path.resolve(import.meta.dirname, ".."));
