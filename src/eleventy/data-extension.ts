import path from "node:path";
import { AUDIT_FILE } from "../accessibility/audit.ts";
import { CATALOGUE_FILES, PLANS_FOLDER } from "../catalogue/files.ts";
import { importDataModule } from "../data-modules.ts";
import { PageDataError, layoutChecker } from "./front-matter.ts";

const SOURCES = new Set([...Object.values(CATALOGUE_FILES), AUDIT_FILE].map((file) => path.resolve(file)));
const isSource = (file: string) =>
  SOURCES.has(path.resolve(file)) || path.dirname(path.resolve(file)) === path.resolve(PLANS_FOLDER);

/**
 * Eleventy reads only JSON and JavaScript data files by itself: this parser imports `.ts` ones.
 * - The catalogue's source files are read by `_data/catalogue.ts`, which validates them together,
 *   and the RGAA audit's grid by `_data/accessibility.ts`: templates see them only through these,
 *   never raw.
 * - A directory data file that gives its pages a layout is checked as a front matter is, before
 *   Eleventy looks for the layout with a message of its own.
 */
export function typeScriptDataParser({ includesDir }: { includesDir: string }) {
  const layoutProblem = layoutChecker(includesDir);
  return async (filePath: string): Promise<unknown> => {
    if (isSource(filePath)) return undefined;
    const data = await importDataModule(filePath);
    const layout = layoutProblem(
      filePath,
      typeof data === "object" && data ? Reflect.get(data, "layout") : undefined,
    );
    if (layout) throw new PageDataError([layout]);
    return data;
  };
}
