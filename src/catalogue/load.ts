import path from "node:path";
import { importDataModule } from "../data-modules.ts";
import { CATALOGUE_FILES } from "./files.ts";
import { type CatalogueSources, validateCatalogue } from "./validate.ts";
import { type Catalogue, buildCatalogueViews } from "./views.ts";

/**
 * Reads the catalogue's data files from the project folder, validates them together and groups
 * them. Each file is imported again once it changes, so the dev server sees every edit.
 */
export async function loadCatalogue(projectDir: string): Promise<Catalogue> {
  const entries = await Promise.all(
    Object.entries(CATALOGUE_FILES).map(async ([name, file]) => [
      name,
      await importDataModule(path.join(projectDir, file)),
    ]),
  );
  const sources = Object.fromEntries(entries) as CatalogueSources;
  return buildCatalogueViews(validateCatalogue(sources));
}
