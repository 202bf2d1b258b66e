import type { z } from "zod";
import {
  type Action,
  type Chantier,
  type Gains,
  type Ministry,
  type Publication,
  STAGE_IDS,
  type Stage,
  actionSchema,
  chantierSchema,
  gainsSchema,
  type Plan,
  planSchema,
  type Review,
  reviewSchema,
  ministrySchema,
  publicationSchema,
  stageSchema,
} from "./schema.ts";
import { CATALOGUE_FILES, type CatalogueFileName, planFile } from "./files.ts";
import { plainCatalogueText } from "./text.ts";

export type CatalogueSources = Record<CatalogueFileName, unknown> & {
  /** The raw export of each plan file, by its path. */
  plans?: Record<string, unknown>;
};

export interface CatalogueData {
  publication: Publication;
  stages: Stage[];
  chantiers: Chantier[];
  ministries: Ministry[];
  actions: Action[];
  gains: Gains;
  reviews: Review[];
  plans: Plan[];
}

/**
 * One step from a data file's default export down to an entry: a key of an object, or an entry
 * of a list by its id (the `nth` one to bear it, from 0, when several do) or by its position.
 */
export type EntryStep = string | { id: string; nth?: number } | { index: number };

/** A problem as tools that point at its line need it: `message` is the line `problems` lists. */
export interface CatalogueProblem {
  file: string;
  /** The path from the file's default export to the entry at fault; empty for the export itself. */
  entry: EntryStep[];
  /** The field, dot-separated as the message names it. */
  field: string;
  message: string;
}

/** Every problem of the catalogue at once, one line each, naming the file, the entry and the field. */
export class CatalogueError extends Error {
  constructor(
    readonly problems: string[],
    /** The same problems, located; empty when the thrower knows only their text. */
    readonly details: readonly CatalogueProblem[] = [],
  ) {
    super(
      `Le catalogue des actions contient ${problems.length} erreur(s) :\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
    this.name = "CatalogueError";
  }
}

class Problems {
  readonly list: string[] = [];
  readonly details: CatalogueProblem[] = [];

  add(file: string, entry: string, field: string, message: string, at: EntryStep[] = []): void {
    const line = `${file} : ${entry}, champ « ${field} » : ${message}`;
    this.list.push(line);
    this.details.push({ file, entry: at, field, message: line });
  }
}

function entryLabel(kind: string, item: unknown, index: number): string {
  const id = typeof item === "object" && item !== null && "id" in item ? item.id : undefined;
  return typeof id === "string" && id ? `${kind} « ${id} »` : `${kind} n° ${index + 1}`;
}

/** The step to the entry `entryLabel` names. */
function entryStep(item: unknown, index: number): EntryStep {
  const id = typeof item === "object" && item !== null && "id" in item ? item.id : undefined;
  return typeof id === "string" && id ? { id } : { index };
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return issue.keys.join(", ");
  return issue.path.length ? issue.path.join(".") : "(entrée entière)";
}

function parseList<T>(
  problems: Problems,
  file: string,
  kind: string,
  value: unknown,
  schema: z.ZodType<T>,
): T[] {
  if (!Array.isArray(value)) {
    problems.add(file, "export par défaut", "default", "une liste est attendue");
    return [];
  }
  const valid: T[] = [];
  value.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.add(file, entryLabel(kind, item, index), fieldOf(issue), issue.message, [
          entryStep(item, index),
        ]);
  });
  return valid;
}

function parseObject<T>(
  problems: Problems,
  file: string,
  kind: string,
  value: unknown,
  schema: z.ZodType<T>,
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.add(file, kind, fieldOf(issue), issue.message);
  return undefined;
}

function declaredIds(value: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(value)) return ids;
  for (const item of value as unknown[]) {
    const id: unknown = typeof item === "object" && item !== null && "id" in item ? item.id : undefined;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}

function checkUniqueIds(
  problems: Problems,
  file: string,
  kind: string,
  entries: { id: string }[],
  within: EntryStep[] = [],
): void {
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const nth = seen.get(entry.id) ?? 0;
    if (nth) {
      problems.add(file, `${kind} « ${entry.id} »`, "id", "identifiant en double", [
        ...within,
        { id: entry.id, nth },
      ]);
    }
    seen.set(entry.id, nth + 1);
  }
}

interface KnownIds {
  ministries: Set<string>;
  chantiers: Set<string>;
  actions: Set<string>;
  /** Each review's id, with the period of the plans it reviews. */
  reviews: Map<string, string>;
}

/** One plan file: its problems name the file, the action (by id) and the field. */
function parsePlan(problems: Problems, file: string, raw: unknown, known: KnownIds): Plan | undefined {
  const result = planSchema.safeParse(raw);
  if (!result.success) {
    const rawActions: unknown = typeof raw === "object" && raw ? Reflect.get(raw, "actions") : undefined;
    for (const issue of result.error.issues) {
      const [top, index, ...rest] = issue.path;
      if (top === "actions" && typeof index === "number") {
        const item: unknown = Array.isArray(rawActions) ? rawActions[index] : undefined;
        problems.add(
          file,
          entryLabel("action", item, index),
          rest.join(".") || "(entrée entière)",
          issue.message,
          ["actions", entryStep(item, index)],
        );
      } else problems.add(file, "plan", fieldOf(issue), issue.message);
    }
    return undefined;
  }
  const plan = result.data;
  if (!known.ministries.has(plan.ministry)) {
    problems.add(
      file,
      "plan",
      "ministry",
      `ministère inconnu « ${plan.ministry} » (voir ${CATALOGUE_FILES.ministries})`,
    );
  }
  checkUniqueIds(problems, file, "action", plan.actions, ["actions"]);
  for (const action of plan.actions) {
    const entry = `action « ${action.id} »`;
    const at: EntryStep[] = ["actions", { id: action.id }];
    if (!known.chantiers.has(action.chantier)) {
      problems.add(
        file,
        entry,
        "chantier",
        `chantier inconnu « ${action.chantier} » (voir ${CATALOGUE_FILES.chantiers})`,
        at,
      );
    }
    if (action.example && !known.actions.has(action.example)) {
      problems.add(
        file,
        entry,
        "example",
        `action d'exemple inconnue « ${action.example} » (voir ${CATALOGUE_FILES.actions})`,
        at,
      );
    }
    for (const status of action.statuses ?? []) {
      const period = known.reviews.get(status.review);
      if (period !== undefined && period !== plan.period) {
        problems.add(
          file,
          entry,
          "statuses.review",
          `le bilan « ${status.review} » porte sur les plans ${period}`,
          at,
        );
      }
      if (period === undefined) {
        problems.add(
          file,
          entry,
          "statuses.review",
          `bilan inconnu « ${status.review} » (voir ${CATALOGUE_FILES.reviews})`,
          at,
        );
      }
    }
  }
  return plan;
}

/** Checks the raw data of every catalogue file; throws a CatalogueError listing every problem. */
export function validateCatalogue(sources: CatalogueSources): CatalogueData {
  const problems = new Problems();
  const files = CATALOGUE_FILES;

  const publication = parseObject(
    problems,
    files.publication,
    "publication",
    sources.publication,
    publicationSchema,
  );
  const stages = parseList(problems, files.stages, "stade", sources.stages, stageSchema);
  const chantiers = parseList(problems, files.chantiers, "chantier", sources.chantiers, chantierSchema);
  const ministries = parseList(problems, files.ministries, "ministère", sources.ministries, ministrySchema);
  const actions = parseList(problems, files.actions, "action", sources.actions, actionSchema);
  const gains = parseObject(problems, files.gains, "gains", sources.gains, gainsSchema);
  const reviews = parseList(problems, files.reviews, "bilan", sources.reviews, reviewSchema);

  checkUniqueIds(problems, files.stages, "stade", stages);
  checkUniqueIds(problems, files.chantiers, "chantier", chantiers);
  checkUniqueIds(problems, files.ministries, "ministère", ministries);
  checkUniqueIds(problems, files.actions, "action", actions);
  if (gains) checkUniqueIds(problems, files.gains, "gain", gains.figures, ["figures"]);
  checkUniqueIds(problems, files.reviews, "bilan", reviews);
  for (const review of reviews) {
    checkUniqueIds(problems, files.reviews, `bilan « ${review.id} », chiffre`, review.publishedFigures, [
      { id: review.id },
      "publishedFigures",
    ]);
  }

  for (const stageId of STAGE_IDS) {
    if (!stages.some((stage) => stage.id === stageId)) {
      problems.add(files.stages, `stade « ${stageId} »`, "id", "stade manquant", [{ id: stageId }]);
    }
  }

  // Against every id a file declares, even on an entry invalid for another reason: one mistake
  // is reported once, not again on each action that refers to its entry.
  const chantierIds = declaredIds(sources.chantiers);
  const ministryIds = declaredIds(sources.ministries);
  for (const action of actions) {
    const entry = `action « ${action.id} »`;
    const at = [{ id: action.id }];
    if (!plainCatalogueText(action.title)) {
      problems.add(files.actions, entry, "title", "titre sans texte", at);
    }
    if (!chantierIds.has(action.chantier)) {
      problems.add(
        files.actions,
        entry,
        "chantier",
        `chantier inconnu « ${action.chantier} » (voir ${files.chantiers})`,
        at,
      );
    }
    for (const ministry of action.ministries ?? []) {
      if (!ministryIds.has(ministry)) {
        problems.add(
          files.actions,
          entry,
          "ministries",
          `ministère inconnu « ${ministry} » (voir ${files.ministries})`,
          at,
        );
      }
    }
  }

  for (const chantier of chantiers) {
    if (!actions.some((action) => action.chantier === chantier.id)) {
      problems.add(
        files.chantiers,
        `chantier « ${chantier.id} »`,
        "id",
        `aucune action de ${files.actions} ne s'y rattache`,
        [{ id: chantier.id }],
      );
    }
  }

  const known: KnownIds = {
    ministries: ministryIds,
    chantiers: chantierIds,
    actions: declaredIds(sources.actions),
    reviews: new Map(reviews.map((review) => [review.id, review.period])),
  };
  const plans: Plan[] = [];
  const planFiles = new Map<string, string>();
  for (const [file, raw] of Object.entries(sources.plans ?? {})) {
    const plan = parsePlan(problems, file, raw, known);
    if (!plan) continue;
    if (known.ministries.has(plan.ministry) && file !== planFile(plan.ministry, plan.period)) {
      problems.add(
        file,
        "plan",
        "ministry, period",
        `le fichier doit se nommer ${planFile(plan.ministry, plan.period)}`,
      );
    }
    const other = planFiles.get(`${plan.ministry} ${plan.period}`);
    if (other)
      problems.add(file, "plan", "period", `le plan ${plan.period} de ce ministère est déjà dans ${other}`);
    planFiles.set(`${plan.ministry} ${plan.period}`, file);
    plans.push(plan);
  }

  if (problems.list.length || !publication || !gains) {
    throw new CatalogueError(problems.list, problems.details);
  }
  return { publication, stages, chantiers, ministries, actions, gains, reviews, plans };
}
