import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { format, resolveConfig } from "prettier";
import { PLANS_FOLDER } from "../catalogue/files.ts";
import {
  type Plan,
  type PlanAction,
  STAGE_IDS,
  STATUS_IDS,
  STATUS_LABELS,
  type StageId,
  type StatusId,
  planSchema,
} from "../catalogue/schema.ts";
import { importDataModule } from "../data-modules.ts";
import { slugify } from "../slug.ts";

/*
 * `npm run import:plan`: a ministry's spreadsheet, built on the mission's template, turned into
 * its plan file in _data/plans/. Column names and values are matched forgivingly (case, accents,
 * spaces, the template's own wordings); every problem is reported at once, with its row and
 * column, and then nothing is written.
 */

/** Every problem of a spreadsheet at once; nothing was written. */
export class PlanImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Le tableau n'a pas été importé (${problems.length} erreur(s)) :\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
    this.name = "PlanImportError";
  }
}

/** Lower case, no accents, one kind of apostrophe, single spaces: how names and values are compared. */
export function looseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mark}/gu, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** Words without their plural "s": "services numériques" and "service numérique" meet. */
const singular = (text: string) => looseText(text).replace(/(\w{3,})s\b/g, "$1");

type Column = "chantier" | "action" | "level" | "indicator" | "unit" | "target" | "comment" | "status";

const COLUMN_NAMES: Record<Column, string[]> = {
  chantier: ["chantier", "thematique"],
  action: ["action", "intitule"],
  level: ["niveau d'engagement cible", "niveau", "stade"],
  indicator: ["indicateur"],
  unit: ["unite"],
  target: ["cible", "valeur cible"],
  comment: ["commentaire"],
  status: ["statut"],
};

/** The template's own wordings of some chantiers, beside their titles on this site. */
const CHANTIER_WORDINGS: Record<string, string> = {
  sensibilisation: "sensibilisation-et-formation",
  "fin d'usage et reemploi": "fin-d-usage",
};

export interface ChantierName {
  id: string;
  title: string;
}

export interface PlanImport {
  projectDir: string;
  ministry: string;
  period: string;
  /** The spreadsheet, exported as CSV. */
  file: string;
  /** A review whose statuses the `statut` column gives. */
  review?: string;
  /** What the catalogue knows, to check the spreadsheet against. */
  known: { ministries: string[]; chantiers: ChantierName[]; reviews: string[] };
}

/** UTF-8 (with or without its byte order mark), else Windows-1252, as spreadsheets export. */
export function decodeSpreadsheet(bytes: Buffer): string {
  const text = bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(text);
  } catch {
    return new TextDecoder("windows-1252").decode(text);
  }
}

/** `;` or `,`, whichever the header row uses more. */
function separatorOf(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ";" : ",";
}

function matchOne<T extends string>(value: string, candidates: [T, string[]][]): T | undefined {
  const wanted = singular(value);
  return candidates.find(([, names]) => names.some((name) => singular(name) === wanted))?.[0];
}

/** A header that starts with a known name and goes on: the exact names are tried first. */
function matchStart<T extends string>(value: string, candidates: [T, string[]][]): T | undefined {
  const wanted = singular(value);
  return candidates.find(([, names]) => names.some((name) => wanted.startsWith(`${singular(name)} `)))?.[0];
}

/** Where an action of the sheet is found again in the plan already there: same chantier, same words. */
const actionKey = (chantier: string, title: string) => `${chantier} ${looseText(title)}`;

function newId(title: string, taken: Set<string>): string {
  const slug = slugify(title);
  // A long title is cut at a word; a short one is kept whole.
  const base = (slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, "") : slug) || "action";
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

export function planFilePath(projectDir: string, ministry: string, period: string): string {
  return path.join(projectDir, PLANS_FOLDER, `${ministry}-${period}.ts`);
}

async function existingPlan(file: string): Promise<Plan | undefined> {
  const raw = await importDataModule(file).catch(() => undefined);
  const result = planSchema.safeParse(raw);
  return result.success ? result.data : undefined;
}

/** The plan the spreadsheet describes, its actions' ids kept from the plan already there. */
export async function readPlan(options: PlanImport): Promise<Plan> {
  const { ministry, period, review, known } = options;
  const problems: string[] = [];
  if (!known.ministries.includes(ministry)) problems.push(`ministère inconnu « ${ministry} »`);
  if (!/^\d{4}(?:-\d{4})?$/.test(period))
    problems.push(`période attendue (ex. « 2022 » ou « 2023-2025 ») : « ${period} »`);
  if (review !== undefined && !known.reviews.includes(review)) problems.push(`bilan inconnu « ${review} »`);

  const text = decodeSpreadsheet(await readFile(options.file));
  // Each record with the line it ends on: blank lines and cells over several lines keep numbers right.
  const rows = parse(text, {
    delimiter: separatorOf(text),
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [first, ...body] = rows;
  const header = first?.record.map((name) => name.trim()) ?? [];
  const columnNames = Object.entries(COLUMN_NAMES) as [Column, string[]][];
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    // A column's own words may follow its name: "Intitulé de l'action", "Statut au bilan".
    const column = matchOne(name, columnNames) ?? matchStart(name, columnNames);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  for (const required of ["chantier", "action", "level", ...(review ? ["status"] : [])] as Column[]) {
    if (!columns.has(required))
      problems.push(`ligne 1 : colonne « ${COLUMN_NAMES[required][0]} » introuvable`);
  }
  if (problems.length) throw new PlanImportError(problems);

  const chantiers = known.chantiers.map(({ id, title }): [string, string[]] => [
    id,
    [
      id.replace(/-/g, " "),
      title,
      ...Object.entries(CHANTIER_WORDINGS).flatMap(([wording, target]) => (target === id ? [wording] : [])),
    ],
  ]);
  const levels = STAGE_IDS.map((id): [StageId, string[]] => [id, [id]]);
  const statuses = STATUS_IDS.map((id): [StatusId, string[]] => [
    id,
    [id.replace(/-/g, " "), STATUS_LABELS[id]],
  ]);

  const file = planFilePath(options.projectDir, ministry, period);
  const before = await existingPlan(file);
  // The actions already there, by chantier and words, in their order: a title used twice keeps
  // both ids, in the same order. Their ids are reserved before any new one is made.
  const previousOf = new Map<string, PlanAction[]>();
  for (const action of before?.actions ?? []) {
    const key = actionKey(action.chantier, action.title);
    previousOf.set(key, [...(previousOf.get(key) ?? []), action]);
  }
  const taken = new Set(before?.actions.map((action) => action.id));
  const actions: PlanAction[] = [];
  for (const { record: row, info } of body) {
    const line = info.lines;
    const cell = (column: Column) => {
      const position = columns.get(column);
      return position === undefined ? "" : (row[position] ?? "").trim();
    };
    if (row.every((value) => !value.trim())) continue;
    const problem = (column: Column, message: string) =>
      problems.push(`ligne ${line}, colonne « ${header[columns.get(column) ?? 0] ?? column} » : ${message}`);
    const chantier = matchOne(cell("chantier"), chantiers);
    if (!chantier) problem("chantier", `chantier inconnu « ${cell("chantier")} »`);
    const level = matchOne(cell("level"), levels);
    if (!level)
      problem("level", `niveau inconnu « ${cell("level")} » (réalisation, expérimentation ou réflexion)`);
    const title = cell("action");
    if (!title) problem("action", "intitulé vide");
    const statusText = review ? cell("status") : "";
    const status = statusText ? matchOne(statusText, statuses) : undefined;
    if (statusText && !status)
      problem("status", `statut inconnu « ${statusText} » (réalisée, en cours, pas commencée, abandonnée)`);
    if (!chantier || !level || !title) continue;

    const previous = previousOf.get(actionKey(chantier, title))?.shift();
    const id = previous ? previous.id : newId(title, taken);
    const kept = (previous?.statuses ?? []).filter((entry) => entry.review !== review);
    const statusEntries = [...kept, ...(review && status ? [{ review, status }] : [])];
    const indicator = cell("indicator");
    const unit = cell("unit");
    const targetText = cell("target").replace(/\s/g, "").replace(",", ".");
    const target = targetText ? Number(targetText) : undefined;
    if (target !== undefined && Number.isNaN(target))
      problem("target", `nombre attendu « ${cell("target")} »`);
    const comment = cell("comment");
    actions.push({
      id,
      chantier,
      level,
      title,
      ...(previous?.example ? { example: previous.example } : {}),
      ...(indicator
        ? {
            indicator: {
              label: indicator,
              ...(unit ? { unit } : {}),
              ...(target !== undefined && !Number.isNaN(target) ? { target } : {}),
            },
          }
        : {}),
      ...(comment ? { note: comment } : {}),
      ...(statusEntries.length ? { statuses: statusEntries } : {}),
    });
  }
  if (problems.length) throw new PlanImportError(problems);
  return { ministry, period, actions };
}

/** The plan file's text: TypeScript, formatted as the project formats it. */
export async function planFileText(plan: Plan, file: string, source: string): Promise<string> {
  const text = `import type { Plan } from "../../src/catalogue/schema.ts";

// Importé de ${path.basename(source)} par \`npm run import:plan\` : corrigez le tableau et importez-le de nouveau.
const plan: Plan = ${JSON.stringify(plan, null, 2)};

export default plan;
`;
  return format(text, { ...(await resolveConfig(file)), parser: "typescript" });
}

/** Reads the spreadsheet and writes (or updates) the plan file; returns its path and size. */
export async function importPlan(options: PlanImport): Promise<{ file: string; actions: number }> {
  const plan = await readPlan(options);
  const file = planFilePath(options.projectDir, options.ministry, options.period);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await planFileText(plan, file, options.file));
  return { file, actions: plan.actions.length };
}
