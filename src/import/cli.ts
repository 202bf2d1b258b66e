/*
 * `npm run import:plan -- <ministère> <période> <tableau.xlsx|.csv> [--bilan <bilan>] [--note <phrase>]`:
 * see plan-import.ts.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { loadCatalogue } from "../catalogue/load.ts";
import { CatalogueError } from "../catalogue/problems.ts";
import { importPlan } from "./plan-import.ts";
import { knownCatalogue, todayInFrance } from "./plan-sheet.ts";
import { PlanImportError } from "./problems.ts";

const USAGE =
  "Usage : npm run import:plan -- <ministère> <période> <tableau.xlsx ou .csv> [--bilan <bilan>] [--note <phrase>]";

function parsedArguments() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { bilan: { type: "string" }, note: { type: "string" } },
    });
    const [ministry, period, file, ...rest] = positionals;
    if (!ministry || !period || !file || rest.length) return undefined;
    return { ministry, period, file, review: values.bilan, note: values.note };
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const args = parsedArguments();
  if (!args) {
    console.error(USAGE);
    process.exit(2);
  }
  const projectDir = process.cwd();
  try {
    // The catalogue the sheet is checked against: an invalid one is reported, not thrown.
    const known = knownCatalogue(await loadCatalogue(projectDir));
    const review = args.review ? { review: args.review } : {};
    const result = await importPlan({
      projectDir,
      ministry: args.ministry,
      period: args.period,
      file: path.resolve(args.file),
      known,
      ...review,
      note: { date: todayInFrance(), ...(args.note ? { note: args.note } : {}) },
    });
    const count = `${result.actions} action${result.actions > 1 ? "s" : ""}`;
    console.log(`${path.relative(projectDir, result.file)} : ${count}.`);
  } catch (error) {
    if (!(error instanceof PlanImportError || error instanceof CatalogueError)) throw error;
    console.error(`${args.file} :\n${error.message}`);
    process.exit(1);
  }
}

await main();
