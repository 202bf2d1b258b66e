import { access, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PLANS_FOLDER, planFile } from "../catalogue/files.ts";
import { previousPlan } from "../catalogue/plan-periods.ts";
import { type ChangeNote, type Plan, planSchema } from "../catalogue/schema.ts";
import { importDataModule } from "../data-modules.ts";
import { planFileText } from "./plan-file.ts";
import { type KnownCatalogue, planFromSheet, suggestedNote } from "./plan-sheet.ts";
import { PlanImportError } from "./problems.ts";
import { spreadsheetRows } from "./sheet-rows.ts";

/*
 * `npm run import:plan`: a ministry's spreadsheet (.xlsx or .csv) turned into its plan file in
 * _data/plans/, by the same code as the « Verser un plan » page. The plans already in the
 * project give it the ids to keep, and those « Suite de l'action » may name.
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
  /** The change note; without its text, the one `suggestedNote` gives. */
  note?: { date: string; note?: string };
}

/**
 * A plan already in the project; one that is there but unreadable is never overwritten, and
 * `advice` says what to do with it.
 */
async function publishedPlan(projectDir: string, file: string, advice: string): Promise<Plan | undefined> {
  const found = await access(path.join(projectDir, file)).then(
    () => true,
    () => false,
  );
  if (!found) return undefined;
  const raw: unknown = await importDataModule(path.join(projectDir, file)).catch((error: unknown) => error);
  const result = planSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new PlanImportError([
    `${file} : ce plan ne se lit pas (${raw instanceof Error ? raw.message : result.error.issues[0]?.message}) ; ${advice}`,
  ]);
}

/** The periods of the ministry's plans in the project, by their files' names. */
async function planPeriods(projectDir: string, ministry: string): Promise<string[]> {
  const names = await readdir(path.join(projectDir, PLANS_FOLDER)).catch(() => []);
  const prefix = `${ministry}-`;
  return names.flatMap((name) => {
    const period = name.startsWith(prefix) && name.endsWith(".ts") ? name.slice(prefix.length, -3) : "";
    return /^\d{4}(?:-\d{4})?$/.test(period) ? [period] : [];
  });
}

/** The ministry's plan of the latest period before this one, as the build finds it; `null` if it has none. */
async function earlierPlan(projectDir: string, ministry: string, period: string): Promise<Plan | null> {
  const plans = (await planPeriods(projectDir, ministry)).map((other) => ({ ministry, period: other }));
  const found = previousPlan(plans, { ministry, period });
  if (!found) return null;
  const advice = "corrigez-le : la colonne « Suite de l'action » du tableau est vérifiée sur lui";
  return (await publishedPlan(projectDir, planFile(ministry, found.period), advice)) ?? null;
}

/** The plan the spreadsheet describes, its actions' ids kept from the plan already there. */
export async function readPlan(options: PlanImport): Promise<Plan> {
  const rows = await spreadsheetRows(path.basename(options.file), await readFile(options.file));
  const published = await publishedPlan(
    options.projectDir,
    planFile(options.ministry, options.period),
    "corrigez-le, ou retirez-le pour verser le tableau comme un nouveau plan",
  );
  const previous = await earlierPlan(options.projectDir, options.ministry, options.period);
  const { note, ...sheetOptions } = options;
  const context = { ...sheetOptions, previousPlan: previous, ...(published ? { published } : {}) };
  const changeNote: ChangeNote | undefined = note && {
    date: note.date,
    note: note.note ?? suggestedNote(context),
  };
  return planFromSheet(rows, { ...context, ...(changeNote ? { note: changeNote } : {}) });
}

/** Reads the spreadsheet and writes (or updates) the plan file; returns its path and its number of actions. */
export async function importPlan(options: PlanImport): Promise<{ file: string; actions: number }> {
  const plan = await readPlan(options);
  const file = path.join(options.projectDir, planFile(options.ministry, options.period));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, planFileText(plan, path.basename(options.file)));
  return { file, actions: plan.actions.length };
}
