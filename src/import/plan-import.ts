import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { planFile } from "../catalogue/files.ts";
import { type ChangeNote, type Plan, planSchema } from "../catalogue/schema.ts";
import { importDataModule } from "../data-modules.ts";
import { planFileText } from "./plan-file.ts";
import { type KnownCatalogue, planFromSheet } from "./plan-sheet.ts";
import { spreadsheetRows } from "./sheet-rows.ts";

/*
 * `npm run import:plan`: a ministry's spreadsheet (.xlsx or .csv) turned into its plan file in
 * _data/plans/, by the same code as the « Verser un plan » page.
 */

export interface PlanImport {
  projectDir: string;
  ministry: string;
  period: string;
  /** The spreadsheet: .xlsx, or .csv. */
  file: string;
  /** A review whose statuses the « Statut » column gives. */
  review?: string;
  known: KnownCatalogue;
  note?: ChangeNote;
}

async function publishedPlan(file: string): Promise<Plan | undefined> {
  const raw = await importDataModule(file).catch(() => undefined);
  const result = planSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** The plan the spreadsheet describes, its actions' ids kept from the plan already there. */
export async function readPlan(options: PlanImport): Promise<Plan> {
  const rows = await spreadsheetRows(path.basename(options.file), await readFile(options.file));
  const published = await publishedPlan(
    path.join(options.projectDir, planFile(options.ministry, options.period)),
  );
  return planFromSheet(rows, { ...options, ...(published ? { published } : {}) });
}

/** Reads the spreadsheet and writes (or updates) the plan file; returns its path and size. */
export async function importPlan(options: PlanImport): Promise<{ file: string; actions: number }> {
  const plan = await readPlan(options);
  const file = path.join(options.projectDir, planFile(options.ministry, options.period));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, planFileText(plan, path.basename(options.file)));
  return { file, actions: plan.actions.length };
}
