import {
  type ChangeNote,
  type Plan,
  type PlanAction,
  STATUS_IDS,
  type StatusId,
} from "../catalogue/schema.ts";
import { planSchema } from "../catalogue/schema.ts";
import { slugify } from "../slug.ts";
import {
  COLUMNS,
  type Column,
  EXAMPLE_TITLE_START,
  REQUIRED_COLUMNS,
  STATUS_WORDINGS,
  unguardedCell,
} from "./columns.ts";
import { type Wordings, looseText, matchOne, matchStart } from "./matching.ts";
import { PlanImportError } from "./problems.ts";
import type { SheetRow } from "./sheet-rows.ts";

/*
 * A ministry's spreadsheet turned into its plan: the one code behind `npm run import:plan` and
 * the « Verser un plan » page. Column names and values are matched forgivingly (case, accents,
 * spaces, the template's own wordings); every problem is reported at once, with its row and
 * column, and then no plan is made. An action already published keeps its id: by the sheet's
 * « Identifiant » column, else by its chantier and words. The « Suite de l'action » column names
 * the action of the ministry's previous plan that a row carries on, checked against that plan.
 */

export interface PlanSheetOptions {
  ministry: string;
  period: string;
  /** The review whose statuses the « Statut » column gives; without one, that column is not read. */
  review?: string;
  /** What the catalogue knows, to check the spreadsheet against. */
  known: KnownCatalogue;
  /** The plan already published for this ministry and period, whose ids are kept. */
  published?: Plan;
  /**
   * The ministry's plan of the latest period before this one, whose ids « Suite de l'action »
   * must name; `null` when it is known to have none, absent when it was not looked for.
   */
  previousPlan?: Plan | null;
  /** The change note the plan's readers are told; none is added without one. */
  note?: ChangeNote;
}

export interface KnownCatalogue {
  ministries: string[];
  chantiers: { id: string; title: string }[];
  stages: { id: string; label: string }[];
  reviews: { id: string; title: string; period: string }[];
}

/** The template's own wordings of some chantiers, beside their titles on this site. */
const CHANTIER_WORDINGS: Record<string, string> = {
  sensibilisation: "sensibilisation-et-formation",
  "fin d'usage et reemploi": "fin-d-usage",
};

const PERIOD = /^\d{4}(?:-\d{4})?$/;

function optionProblems({ ministry, period, review, known }: PlanSheetOptions): string[] {
  const problems: string[] = [];
  if (!known.ministries.includes(ministry)) problems.push(`ministère inconnu « ${ministry} »`);
  if (!PERIOD.test(period)) problems.push(`période attendue (ex. « 2022 » ou « 2023-2025 ») : « ${period} »`);
  const reviewed = known.reviews.find((candidate) => candidate.id === review);
  if (review !== undefined && !reviewed) problems.push(`bilan inconnu « ${review} »`);
  if (reviewed && PERIOD.test(period) && reviewed.period !== period) {
    problems.push(`le bilan « ${reviewed.title} » porte sur les plans ${reviewed.period}, non ${period}`);
  }
  return problems;
}

/** Where each column is in the header row: the first header that names it. */
/** Where each column is in a sheet's header row: the first header that names it. */
export function headerColumns(header: string[]): Map<Column, number> {
  const names = Object.entries(COLUMNS).map(([column, spec]): [Column, string[]] => [
    column as Column,
    [spec.header, ...spec.aliases],
  ]);
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    const column = matchOne(name, names) ?? matchStart(name, names);
    if (column && !columns.has(column)) columns.set(column, index);
  });
  return columns;
}

interface Vocabulary {
  chantiers: Wordings<string>;
  stages: Wordings<PlanAction["stage"]>;
  statuses: Wordings<StatusId>;
}

function vocabulary(known: KnownCatalogue): Vocabulary {
  return {
    chantiers: known.chantiers.map(({ id, title }) => [
      id,
      [
        id.replace(/-/g, " "),
        title,
        ...Object.entries(CHANTIER_WORDINGS).flatMap(([wording, target]) => (target === id ? [wording] : [])),
      ],
    ]),
    stages: known.stages.map(({ id, label }) => [id as PlanAction["stage"], [id, label]]),
    statuses: STATUS_IDS.map((id) => [id, [id.replace(/-/g, " "), ...STATUS_WORDINGS[id]]]),
  };
}

/** The actions already published, by chantier and words, in their order, and by id. */
class PublishedActions {
  private readonly byWords = new Map<string, PlanAction[]>();
  private readonly byId: Map<string, PlanAction>;
  /** Ids in use: the published ones are reserved before any new one is made. */
  readonly taken: Set<string>;

  constructor(plan: Plan | undefined) {
    const actions = plan?.actions ?? [];
    for (const action of actions) {
      const key = PublishedActions.key(action.chantier, action.title);
      this.byWords.set(key, [...(this.byWords.get(key) ?? []), action]);
    }
    this.byId = new Map(actions.map((action) => [action.id, action]));
    this.taken = new Set(this.byId.keys());
  }

  private static key(chantier: string, title: string): string {
    return `${chantier} ${looseText(title)}`;
  }

  /** The published action a row stands for; each is found once. */
  take(id: string, chantier: string, title: string): PlanAction | undefined {
    const found =
      (id ? this.byId.get(id) : undefined) ?? this.byWords.get(PublishedActions.key(chantier, title))?.[0];
    if (!found) return undefined;
    this.byId.delete(found.id);
    const sameWords = this.byWords.get(PublishedActions.key(found.chantier, found.title)) ?? [];
    sameWords.splice(sameWords.indexOf(found), 1);
    return found;
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function newId(title: string, taken: Set<string>): string {
  const slug = slugify(title);
  // A long title is cut at a word; a short one is kept whole.
  const base = (slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, "") : slug) || "action";
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/** A date as a sheet writes it: JJ/MM/AAAA, or AAAA-MM-JJ (a date cell); `null` when it is no date. */
function sheetDate(text: string): string | undefined | null {
  if (!text) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const value = date.toISOString().slice(0, 10);
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1 ? value : null;
}

/** A number as a French sheet writes it: « 12,5 », « 1 000 ». */
function sheetNumber(text: string): number | undefined | null {
  if (!text) return undefined;
  const value = Number(text.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

interface Reading {
  header: string[];
  columns: Map<Column, number>;
  words: Vocabulary;
  review: string | undefined;
  /** The reviews' ids, oldest first. */
  reviewOrder: string[];
  published: PublishedActions;
  /** The plan's period, and the ministry's plan before it (see `PlanSheetOptions`). */
  period: string;
  previousPlan: Plan | null | undefined;
  /** Ids given by the sheet's « Identifiant » column, with the row that gave each. */
  givenIds: Map<string, number>;
  problems: string[];
}

/** One row's cells by column, and how to report a problem in one of them. */
function rowCells(row: SheetRow, reading: Reading) {
  const cell = (column: Column) => {
    const position = reading.columns.get(column);
    return position === undefined ? "" : unguardedCell((row.cells[position] ?? "").trim());
  };
  const has = (column: Column) => reading.columns.has(column);
  const problem = (column: Column, message: string) => {
    const name = reading.header[reading.columns.get(column) ?? -1] ?? COLUMNS[column].header;
    reading.problems.push(`ligne ${row.line}, colonne « ${name} » : ${message}`);
  };
  return { cell, has, problem };
}

/** The id the sheet gives a row, checked; empty when it gives none or a wrong one. */
function givenId(row: SheetRow, reading: Reading): string {
  const { cell, problem } = rowCells(row, reading);
  const id = cell("id");
  if (!id) return "";
  if (!ID_PATTERN.test(id)) {
    problem("id", `identifiant « ${id} » : minuscules sans accent, chiffres et tirets seulement`);
    return "";
  }
  const earlier = reading.givenIds.get(id);
  if (earlier !== undefined) {
    problem("id", `identifiant « ${id} » déjà donné ligne ${earlier}`);
    return "";
  }
  reading.givenIds.set(id, row.line);
  return id;
}

/** The id of the previous plan's action the row carries on, checked; the published one when the column is absent. */
function rowContinues(
  row: SheetRow,
  reading: Reading,
  published: PlanAction | undefined,
): string | undefined {
  const { cell, has, problem } = rowCells(row, reading);
  if (!has("continues")) return published?.continues;
  const id = cell("continues");
  if (!id) return undefined;
  if (!ID_PATTERN.test(id)) {
    problem("continues", `identifiant « ${id} » : minuscules sans accent, chiffres et tirets seulement`);
    return undefined;
  }
  const { previousPlan, period } = reading;
  if (previousPlan === null) {
    problem("continues", `action « ${id} » : ce ministère n'a aucun plan avant ${period} ; videz la cellule`);
  } else if (previousPlan && !previousPlan.actions.some((action) => action.id === id)) {
    problem(
      "continues",
      `action « ${id} » absente du plan ${previousPlan.period} de ce ministère ` +
        `(ses identifiants sont dans la colonne « ${COLUMNS.id.header} » du tableau de ce plan)`,
    );
  }
  return id;
}

/** What the row says of the action beyond its chantier, stage and title; the published values where a column is absent. */
function rowDetails(row: SheetRow, reading: Reading, previous: PlanAction | undefined): Partial<PlanAction> {
  const { cell, has, problem } = rowCells(row, reading);
  const details: Partial<PlanAction> = {};
  const target = sheetNumber(cell("target"));
  if (target === null) problem("target", `nombre attendu, non « ${cell("target")} »`);
  for (const column of ["unit", "target"] as const) {
    if (has("indicator") && !cell("indicator") && cell(column)) {
      problem(
        column,
        `« ${cell(column)} » demande un indicateur : remplissez la colonne « ${COLUMNS.indicator.header} »`,
      );
    }
  }
  if (!has("indicator")) {
    if (previous?.indicator) details.indicator = previous.indicator;
  } else if (cell("indicator")) {
    details.indicator = {
      label: cell("indicator"),
      ...(cell("unit") ? { unit: cell("unit") } : {}),
      ...(typeof target === "number" ? { target } : {}),
    };
  }
  const note = has("comment") ? cell("comment") : previous?.note;
  if (note) details.note = note;
  for (const column of ["identifiedOn", "completedOn"] as const) {
    const date = has(column) ? sheetDate(cell(column)) : previous?.[column];
    if (date === null) problem(column, `date attendue au format JJ/MM/AAAA, non « ${cell(column)} »`);
    else if (date) details[column] = date;
  }
  return details;
}

/** An action's status at the latest review that gave it one. */
function latestStatus(action: PlanAction | undefined, reviewOrder: string[]): StatusId | undefined {
  const statuses = [...(action?.statuses ?? [])];
  statuses.sort((a, b) => reviewOrder.indexOf(b.review) - reviewOrder.indexOf(a.review));
  return statuses[0]?.status;
}

/** The action's statuses: those of other reviews kept, this review's from the row. */
function rowStatuses(
  row: SheetRow,
  reading: Reading,
  previous: PlanAction | undefined,
): PlanAction["statuses"] {
  const { cell, problem } = rowCells(row, reading);
  const { review } = reading;
  const kept = (previous?.statuses ?? []).filter((entry) => entry.review !== review);
  const text = cell("status");
  if (!review) {
    // A published plan's sheet repeats each action's latest status; any other says nothing without its review.
    if (text && matchOne(text, reading.words.statuses) !== latestStatus(previous, reading.reviewOrder)) {
      problem(
        "status",
        `statut « ${text} » donné sans bilan : choisissez le bilan dans « Ce que donne le tableau », ou videz la cellule`,
      );
    }
    return kept.length ? kept : undefined;
  }
  if (!text) return kept.length ? kept : undefined;
  const status = matchOne(text, reading.words.statuses);
  if (!status) {
    problem("status", `statut inconnu « ${text} » (réalisée, en cours, pas commencée, abandonnée)`);
    return undefined;
  }
  // A status left as it was keeps the comment the plan had for it.
  const before = previous?.statuses?.find((entry) => entry.review === review && entry.status === status);
  return [...kept, { review, status, ...(before?.comment ? { comment: before.comment } : {}) }];
}

function rowAction(row: SheetRow, reading: Reading, id: string): PlanAction | undefined {
  const { cell, problem } = rowCells(row, reading);
  const chantier = matchOne(cell("chantier"), reading.words.chantiers);
  if (!chantier) {
    const titles = reading.words.chantiers.map(([, [, title]]) => title).join(", ");
    const found = cell("chantier") ? `chantier inconnu « ${cell("chantier")} »` : "chantier vide";
    problem("chantier", `${found} (chantiers : ${titles})`);
  }
  const stage = matchOne(cell("stage"), reading.words.stages);
  if (!stage)
    problem("stage", `stade inconnu « ${cell("stage")} » (réalisation, expérimentation ou réflexion)`);
  const title = cell("action");
  if (!title) problem("action", "intitulé vide");
  if (looseText(title).startsWith(looseText(EXAMPLE_TITLE_START))) {
    problem("action", "ligne d'exemple du modèle : remplacez-la par une action du plan, ou supprimez-la");
  }
  if (!chantier || !stage || !title) return undefined;
  const previous = reading.published.take(id, chantier, title);
  const statuses = rowStatuses(row, reading, previous);
  const continues = rowContinues(row, reading, previous);
  return {
    id: previous?.id ?? (id || newId(title, reading.published.taken)),
    chantier,
    stage,
    title,
    ...(previous?.example ? { example: previous.example } : {}),
    ...(continues ? { continues } : {}),
    ...rowDetails(row, reading, previous),
    ...(statuses ? { statuses } : {}),
  };
}

/** Every column the sheet needs, by its header in line 1; else what line 1 holds instead. */
function headerProblems(
  header: string[],
  columns: Map<Column, number>,
  review: string | undefined,
): string[] {
  const required = [...REQUIRED_COLUMNS, ...(review ? (["status"] as const) : [])];
  const missing = required.filter((column) => !columns.has(column));
  const problems = missing.map((column) => `ligne 1 : colonne « ${COLUMNS[column].header} » introuvable`);
  if (missing.length) {
    const found = header.filter(Boolean).map((name) => `« ${name} »`);
    problems.push(
      found.length
        ? `la ligne 1 doit porter les noms des colonnes, comme dans le modèle ; elle contient : ${found.join(", ")}`
        : "la ligne 1 doit porter les noms des colonnes, comme dans le modèle ; elle est vide",
    );
  }
  return problems;
}

/** The actions of the filled rows, in their order; each row's problems go to the reading's. */
function rowActions(rows: SheetRow[], reading: Reading): PlanAction[] {
  // Ids the sheet gives are reserved before any new one is made.
  const ids = rows.map((row) => givenId(row, reading));
  for (const id of ids) if (id) reading.published.taken.add(id);
  return rows.flatMap((row, index) => rowAction(row, reading, ids[index] ?? "") ?? []);
}

/** The plan of these actions, its notes those of the published plan and this import's. */
function planOf(actions: PlanAction[], options: PlanSheetOptions): Plan {
  const modifications = [
    ...(options.published?.modifications ?? []),
    ...(options.note ? [options.note] : []),
  ];
  return {
    ministry: options.ministry,
    period: options.period,
    actions,
    ...(modifications.length ? { modifications } : {}),
  };
}

/** The plan the spreadsheet describes, or every problem at once. */
export function planFromSheet(rows: SheetRow[], options: PlanSheetOptions): Plan {
  const [first, ...body] = rows;
  const header = first?.cells.map((name) => name.trim()) ?? [];
  const columns = headerColumns(header);
  const problems = [...optionProblems(options), ...headerProblems(header, columns, options.review)];
  if (problems.length) throw new PlanImportError(problems);

  const reading: Reading = {
    header,
    columns,
    words: vocabulary(options.known),
    review: options.review,
    reviewOrder: options.known.reviews.map((review) => review.id),
    published: new PublishedActions(options.published),
    period: options.period,
    previousPlan: options.previousPlan,
    givenIds: new Map(),
    problems,
  };
  const filled = body.filter((row) => row.cells.some((value) => value.trim()));
  const actions = rowActions(filled, reading);
  if (!filled.length) problems.push("le tableau ne contient aucune action sous sa ligne d'en-tête");
  if (problems.length) throw new PlanImportError(problems);
  return checkedPlan(planOf(actions, options), filled);
}

/** The catalogue's own schema, last: what it refuses is said with the row it came from. */
function checkedPlan(plan: Plan, rows: SheetRow[]): Plan {
  const result = planSchema.safeParse(plan);
  if (result.success) return result.data;
  throw new PlanImportError(
    result.error.issues.map((issue) => {
      const [list, index, ...field] = issue.path;
      const row = list === "actions" && typeof index === "number" ? rows[index] : undefined;
      const where = row
        ? `ligne ${row.line}, champ « ${field.join(".")} »`
        : `champ « ${issue.path.join(".")} »`;
      return `${where} : ${issue.message}`;
    }),
  );
}

/** The change note offered when the référent writes none: what this import does to the plan. */
export function suggestedNote(options: Pick<PlanSheetOptions, "review" | "known" | "published">): string {
  const review = options.known.reviews.find((candidate) => candidate.id === options.review);
  if (review) return `Statuts des actions au « ${review.title} » versés par le ministère.`;
  // The ministry page puts the plan's period before each of its notes.
  return options.published ? "Plan mis à jour par le ministère." : "Plan versé par le ministère.";
}

/** What a sheet is checked against, taken from the catalogue. */
export function knownCatalogue(catalogue: {
  ministries: { id: string }[];
  chantiers: { id: string; title: string }[];
  stages: { id: string; label: string }[];
  reviews: { id: string; title: string; period: string }[];
}): KnownCatalogue {
  return {
    ministries: catalogue.ministries.map(({ id }) => id),
    chantiers: catalogue.chantiers.map(({ id, title }) => ({ id, title })),
    stages: catalogue.stages.map(({ id, label }) => ({ id, label })),
    reviews: catalogue.reviews.map(({ id, title, period }) => ({ id, title, period })),
  };
}

/** Today in France, as a change note dates it (AAAA-MM-JJ). */
export const todayInFrance = (now = new Date()) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now);
