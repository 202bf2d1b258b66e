/*
 * `npm run import:plan -- <ministère> <période> <tableau.csv> [--bilan <bilan>]`: see plan-import.ts.
 */
import path from "node:path";
import { loadCatalogue } from "../catalogue/load.ts";
import { CatalogueError } from "../catalogue/validate.ts";
import { PlanImportError, importPlan } from "./plan-import.ts";

const args = process.argv.slice(2);
const reviewFlag = args.indexOf("--bilan");
const review = reviewFlag >= 0 ? args[reviewFlag + 1] : undefined;
const [ministry, period, file] = args.filter(
  (_, index) => reviewFlag < 0 || (index !== reviewFlag && index !== reviewFlag + 1),
);
if (!ministry || !period || !file || (reviewFlag >= 0 && !review)) {
  console.error("Usage : npm run import:plan -- <ministère> <période> <tableau.csv> [--bilan <bilan>]");
  process.exit(2);
}

const projectDir = process.cwd();
try {
  // The catalogue the sheet is checked against: an invalid one is reported, not thrown.
  const catalogue = await loadCatalogue(projectDir);
  const result = await importPlan({
    projectDir,
    ministry,
    period,
    file: path.resolve(file),
    ...(review ? { review } : {}),
    known: {
      ministries: catalogue.ministries.map((entry) => entry.id),
      chantiers: catalogue.chantiers.map(({ id, title }) => ({ id, title })),
      reviews: catalogue.reviews.map((entry) => entry.id),
    },
  });
  const count = `${result.actions} action${result.actions > 1 ? "s" : ""}`;
  console.log(`${path.relative(projectDir, result.file)} : ${count}.`);
} catch (error) {
  if (!(error instanceof PlanImportError || error instanceof CatalogueError)) throw error;
  console.error(error.message);
  process.exit(1);
}
