import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { importDataModule } from "../data-modules.ts";
import { CATALOGUE_FILES, PLANS_FOLDER, isPlanFileName } from "./files.ts";
import type { Ministry } from "./schema.ts";
import { CatalogueError } from "./problems.ts";
import { type CatalogueSources, validateCatalogue } from "./validate.ts";
import { type Catalogue, buildCatalogueViews } from "./views.ts";

/** Where documents kept in the repository are published from. */
const PUBLIC_FOLDER = "public";

/** A document kept in the repository gets its format and size from the file itself. */
async function withStoredDocuments(projectDir: string, ministries: Ministry[]): Promise<Ministry[]> {
  const problems: string[] = [];
  const result = await Promise.all(
    ministries.map(async (ministry) => ({
      ...ministry,
      documents: await Promise.all(
        ministry.documents.map(async (document) => {
          if (!document.file) return document;
          const file = path.join(PUBLIC_FOLDER, document.file);
          const found = await stat(path.join(projectDir, file)).catch(() => undefined);
          if (!found) {
            problems.push(
              `${CATALOGUE_FILES.ministries} : ministère « ${ministry.id} », document « ${document.title} », ` +
                `champ « file » : fichier introuvable (${file})`,
            );
            return document;
          }
          const format = path.extname(document.file).slice(1).toUpperCase();
          return { ...document, format, bytes: found.size };
        }),
      ),
    })),
  );
  if (problems.length) throw new CatalogueError(problems);
  return result;
}

/** The plan files of a project, from its folder, in their names' order. */
export async function planFiles(projectDir: string): Promise<string[]> {
  const names = await readdir(path.join(projectDir, PLANS_FOLDER)).catch(() => []);
  return names
    .filter(isPlanFileName)
    .sort()
    .map((name) => `${PLANS_FOLDER}/${name}`);
}

/**
 * Reads the catalogue's data files from the project folder, validates them together and groups
 * them. Each file is imported again once it changes, so the dev server sees every edit.
 */
export async function loadCatalogue(projectDir: string): Promise<Catalogue> {
  const entries = await Promise.all(
    Object.entries(CATALOGUE_FILES).map(async ([name, file]): Promise<[string, unknown]> => [
      name,
      await importDataModule(path.join(projectDir, file)),
    ]),
  );
  const plans = await Promise.all(
    (await planFiles(projectDir)).map(async (file): Promise<[string, unknown]> => [
      file,
      await importDataModule(path.join(projectDir, file)),
    ]),
  );
  const sources = { ...Object.fromEntries(entries), plans: Object.fromEntries(plans) } as CatalogueSources;
  const data = validateCatalogue(sources);
  return buildCatalogueViews({ ...data, ministries: await withStoredDocuments(projectDir, data.ministries) });
}
