import path from "node:path";
import { CATALOGUE_FILES } from "../catalogue/files.ts";
import { importDataModule } from "../data-modules.ts";

const CATALOGUE_SOURCES = new Set(Object.values(CATALOGUE_FILES).map((file) => path.resolve(file)));

/**
 * Eleventy reads only JSON and JavaScript data files by itself: this parser imports `.ts` ones.
 * The catalogue's source files are read by `_data/catalogue.ts`, which validates them together;
 * templates see them only through it, never raw.
 */
export async function parseTypeScriptDataFile(filePath: string): Promise<unknown> {
  if (CATALOGUE_SOURCES.has(path.resolve(filePath))) return undefined;
  return importDataModule(filePath);
}
