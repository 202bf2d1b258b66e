import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { importDataModule } from "../data-modules.ts";
import { CATALOGUE_FILES, PLANS_FOLDER } from "./files.ts";
import type { Ministry } from "./schema.ts";
import { CatalogueError, type CatalogueSources, validateCatalogue } from "./validate.ts";
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
  const plansDir = path.join(projectDir, PLANS_FOLDER);
  const planFiles = (await readdir(plansDir).catch(() => [])).filter((file) => file.endsWith(".ts")).sort();
  const plans = await Promise.all(
    planFiles.map(async (file): Promise<[string, unknown]> => [
      `${PLANS_FOLDER}/${file}`,
      await importDataModule(path.join(plansDir, file)),
    ]),
  );
  const sources = { ...Object.fromEntries(entries), plans: Object.fromEntries(plans) } as CatalogueSources;
  const data = validateCatalogue(sources);
  return buildCatalogueViews({ ...data, ministries: await withStoredDocuments(projectDir, data.ministries) });
}
