import type { z } from "zod";
import { checkUniqueIds, fieldOf } from "./entries.ts";
import { CATALOGUE_FILES, planFile } from "./files.ts";
import { type CatalogueProblems, entryLabel, entryStep } from "./problems.ts";
import { previousPlan } from "./plan-periods.ts";
import { type Plan, type PlanAction, planSchema } from "./schema.ts";

/*
 * The ministries' plan files, each checked against its schema and against the rest of the
 * catalogue; every problem names the file, the action (by its id) and the field.
 */

/** The ids a plan may refer to: every id its file declares, even on an entry invalid otherwise. */
export interface KnownIds {
  ministries: Set<string>;
  chantiers: Set<string>;
  actions: Set<string>;
  /** Each review's id, with the period of the plans it reviews. */
  reviews: Map<string, string>;
}

/** What the schema refuses in a plan file, each issue on the action it concerns where it has one. */
function reportShape(problems: CatalogueProblems, file: string, raw: unknown, issues: z.core.$ZodIssue[]) {
  const rawActions: unknown = typeof raw === "object" && raw ? Reflect.get(raw, "actions") : undefined;
  for (const issue of issues) {
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
}

/** The ids an action of a plan refers to: its chantier, its example, the reviews of its statuses. */
function checkReferences(
  problems: CatalogueProblems,
  file: string,
  period: string,
  action: PlanAction,
  known: KnownIds,
): void {
  const report = (field: string, message: string) => {
    problems.add(file, `action « ${action.id} »`, field, message, ["actions", { id: action.id }]);
  };
  if (!known.chantiers.has(action.chantier)) {
    report("chantier", `chantier inconnu « ${action.chantier} » (voir ${CATALOGUE_FILES.chantiers})`);
  }
  if (action.example && !known.actions.has(action.example)) {
    report("example", `action d'exemple inconnue « ${action.example} » (voir ${CATALOGUE_FILES.actions})`);
  }
  for (const status of action.statuses ?? []) {
    const reviewed = known.reviews.get(status.review);
    if (reviewed !== undefined && reviewed !== period) {
      report("statuses.review", `le bilan « ${status.review} » porte sur les plans ${reviewed}`);
    }
    if (reviewed === undefined) {
      report("statuses.review", `bilan inconnu « ${status.review} » (voir ${CATALOGUE_FILES.reviews})`);
    }
  }
}

/** One plan file, checked on its own; none when its schema refuses it. */
export function parsePlan(
  problems: CatalogueProblems,
  file: string,
  raw: unknown,
  known: KnownIds,
): Plan | undefined {
  const result = planSchema.safeParse(raw);
  if (!result.success) {
    reportShape(problems, file, raw, result.error.issues);
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
  for (const action of plan.actions) checkReferences(problems, file, plan.period, action, known);
  return plan;
}

/**
 * Every plan file, by its path: each must be named after its ministry and period, and hold the
 * only plan of that ministry for that period.
 */
export function parsePlans(
  problems: CatalogueProblems,
  sources: Record<string, unknown>,
  known: KnownIds,
): Plan[] {
  const plans: Plan[] = [];
  const fileOf = new Map<string, string>();
  // By the plan itself: two files holding one ministry's plan for one period each keep their own.
  const fileOfPlan = new Map<Plan, string>();
  for (const [file, raw] of Object.entries(sources)) {
    const plan = parsePlan(problems, file, raw, known);
    if (!plan) continue;
    const expected = planFile(plan.ministry, plan.period);
    if (known.ministries.has(plan.ministry) && file !== expected) {
      problems.add(file, "plan", "ministry, period", `le fichier doit se nommer ${expected}`);
    }
    const other = fileOf.get(`${plan.ministry} ${plan.period}`);
    if (other) {
      problems.add(file, "plan", "period", `le plan ${plan.period} de ce ministère est déjà dans ${other}`);
    }
    fileOf.set(`${plan.ministry} ${plan.period}`, file);
    fileOfPlan.set(plan, file);
    plans.push(plan);
  }
  checkContinuations(problems, plans, (plan) => fileOfPlan.get(plan) ?? "");
  return plans;
}

/**
 * Each action that says it carries on from another must name an action of its ministry's
 * previous plan: the plan of the latest period before its own.
 */
function checkContinuations(problems: CatalogueProblems, plans: Plan[], fileOf: (plan: Plan) => string) {
  for (const plan of plans) {
    const previous = previousPlan(plans, plan);
    for (const action of plan.actions) {
      if (!action.continues) continue;
      const report = (message: string) => {
        problems.add(fileOf(plan), `action « ${action.id} »`, "continues", message, [
          "actions",
          { id: action.id },
        ]);
      };
      if (!previous)
        report(`ce ministère n'a pas de plan avant ${plan.period} : l'action ne peut en poursuivre aucune`);
      else if (!previous.actions.some((candidate) => candidate.id === action.continues))
        report(
          `action « ${action.continues} » inconnue dans le plan ${previous.period} de ce ministère (${fileOf(previous)})`,
        );
    }
  }
}
