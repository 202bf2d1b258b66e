import path from "node:path";
import { loadCatalogue } from "../src/catalogue/load.ts";

// The catalogue as the templates read it, validated and grouped from the data files beside this one.
export default () => loadCatalogue(path.resolve(import.meta.dirname, ".."));
