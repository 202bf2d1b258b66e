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
  type Review,
  reviewSchema,
  ministrySchema,
  publicationSchema,
  stageSchema,
} from "./schema.ts";
import { checkUniqueIds, declaredIds, parseList, parseObject } from "./entries.ts";
import { CATALOGUE_FILES, type CatalogueFileName } from "./files.ts";
import { type KnownIds, parsePlans } from "./plan-checks.ts";
import { CatalogueError, CatalogueProblems } from "./problems.ts";
import { plainCatalogueText } from "./text.ts";

/*
 * The catalogue's data files checked together: each against its schema, then against each other
 * (ids unique in their file, every reference known). Every problem is told at once.
 */

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

/** The catalogue files' valid entries; the objects' files are missing when invalid. */
type ParsedFiles = Omit<CatalogueData, "publication" | "gains" | "plans"> & {
  publication: Publication | undefined;
  gains: Gains | undefined;
};

const files = CATALOGUE_FILES;

function parseFiles(problems: CatalogueProblems, sources: CatalogueSources): ParsedFiles {
  return {
    publication: parseObject(
      problems,
      files.publication,
      "publication",
      sources.publication,
      publicationSchema,
    ),
    stages: parseList(problems, files.stages, "stade", sources.stages, stageSchema),
    chantiers: parseList(problems, files.chantiers, "chantier", sources.chantiers, chantierSchema),
    ministries: parseList(problems, files.ministries, "ministère", sources.ministries, ministrySchema),
    actions: parseList(problems, files.actions, "action", sources.actions, actionSchema),
    gains: parseObject(problems, files.gains, "gains", sources.gains, gainsSchema),
    reviews: parseList(problems, files.reviews, "bilan", sources.reviews, reviewSchema),
  };
}

/** Each list's ids are unique in their file; a review's figures, within their review. */
function checkIds(problems: CatalogueProblems, parsed: ParsedFiles): void {
  checkUniqueIds(problems, files.stages, "stade", parsed.stages);
  checkUniqueIds(problems, files.chantiers, "chantier", parsed.chantiers);
  checkUniqueIds(problems, files.ministries, "ministère", parsed.ministries);
  checkUniqueIds(problems, files.actions, "action", parsed.actions);
  if (parsed.gains) checkUniqueIds(problems, files.gains, "gain", parsed.gains.figures, ["figures"]);
  checkUniqueIds(problems, files.reviews, "bilan", parsed.reviews);
  for (const review of parsed.reviews) {
    checkUniqueIds(problems, files.reviews, `bilan « ${review.id} », chiffre`, review.publishedFigures, [
      { id: review.id },
      "publishedFigures",
    ]);
  }
}

/** The site's pages and badges know three stages: each must be described. */
function checkStages(problems: CatalogueProblems, stages: Stage[]): void {
  for (const stageId of STAGE_IDS) {
    if (!stages.some((stage) => stage.id === stageId)) {
      problems.add(files.stages, `stade « ${stageId} »`, "id", "stade manquant", [{ id: stageId }]);
    }
  }
}

/** An example action has words in its title, and refers to known chantiers and ministries. */
function checkActions(problems: CatalogueProblems, actions: Action[], known: KnownIds): void {
  for (const action of actions) {
    const report = (field: string, message: string) => {
      problems.add(files.actions, `action « ${action.id} »`, field, message, [{ id: action.id }]);
    };
    if (!plainCatalogueText(action.title)) report("title", "titre sans texte");
    if (!known.chantiers.has(action.chantier)) {
      report("chantier", `chantier inconnu « ${action.chantier} » (voir ${files.chantiers})`);
    }
    for (const ministry of action.ministries ?? []) {
      if (!known.ministries.has(ministry)) {
        report("ministries", `ministère inconnu « ${ministry} » (voir ${files.ministries})`);
      }
    }
  }
}

/** A chantier's page lists its example actions: a chantier has at least one. */
function checkChantiers(problems: CatalogueProblems, chantiers: Chantier[], actions: Action[]): void {
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
}

/** Checks the raw data of every catalogue file; throws a CatalogueError listing every problem. */
export function validateCatalogue(sources: CatalogueSources): CatalogueData {
  const problems = new CatalogueProblems();
  const parsed = parseFiles(problems, sources);
  checkIds(problems, parsed);
  checkStages(problems, parsed.stages);
  // Against every id a file declares, even on an entry invalid for another reason: one mistake
  // is reported once, not again on each action that refers to its entry.
  const known: KnownIds = {
    ministries: declaredIds(sources.ministries),
    chantiers: declaredIds(sources.chantiers),
    actions: declaredIds(sources.actions),
    reviews: new Map(parsed.reviews.map((review) => [review.id, review.period])),
  };
  checkActions(problems, parsed.actions, known);
  checkChantiers(problems, parsed.chantiers, parsed.actions);
  const plans = parsePlans(problems, sources.plans ?? {}, known);

  const { publication, gains } = parsed;
  if (problems.list.length || !publication || !gains) {
    throw new CatalogueError(problems.list, problems.details);
  }
  return { ...parsed, publication, gains, plans };
}
