import { type ActionView, actionViews } from "./action-views.ts";
import {
  type DocumentPage,
  type PlanDocumentPage,
  planDocumentPages,
  publicationDocumentPage,
} from "./document-pages.ts";
import {
  type ChantierView,
  type MinistryView,
  type StageView,
  chantierViews,
  ministryViews,
  stageViews,
} from "./page-views.ts";
import {
  type PlanActionView,
  type PlanChantierPage,
  type PlanView,
  buildPlanView,
  byPeriod,
  linkSuccessivePlans,
} from "./plans.ts";
import type { Chantier, Gains, Plan, Publication, Review, Stage } from "./schema.ts";
import { STAGE_IDS } from "./schema.ts";
import {
  type CountTable,
  type PlanMatrix,
  type ReviewProgress,
  countTable,
  planMatrix,
  reviewProgress,
} from "./tables.ts";
import { catalogueUrls } from "./urls.ts";
import type { CatalogueData } from "./validate.ts";

/*
 * The catalogue as the templates read it: grouped, ordered and linked once per build, so that
 * no template sorts or filters the data itself. Each view is built by its own module; this one
 * puts the data in order and hands each view what it is made of.
 */

export type { ActionView } from "./action-views.ts";
export type { DocumentPage, PlanDocumentPage } from "./document-pages.ts";
export type * from "./page-views.ts";
export type * from "./tables.ts";

export interface Catalogue {
  publication: Publication;
  stages: StageView[];
  chantiers: ChantierView[];
  ministries: MinistryView[];
  actions: ActionView[];
  gains: Gains;
  /** Oldest first. */
  reviews: Review[];
  reviewProgress: ReviewProgress[];
  /** The plans as their files hold them, for the tools that read them back. */
  plans: Plan[];
  planActions: PlanActionView[];
  /** Every page of a plan's actions in one chantier. */
  planPages: PlanChantierPage[];
  /** Each plan on one page. */
  planDocuments: PlanDocumentPage[];
  /** The publication's pages on one page. */
  publicationDocument: DocumentPage;
  planMatrix: PlanMatrix;
  counts: CountTable;
  urls: typeof catalogueUrls;
}

const byStageOrder = (a: Stage, b: Stage) => STAGE_IDS.indexOf(a.id) - STAGE_IDS.indexOf(b.id);

/** By their `order`; those of equal order, as the data lists them. */
const byChantierOrder = (chantiers: Chantier[]) =>
  chantiers
    .map((chantier, index) => ({ chantier, index }))
    .sort((a, b) => a.chantier.order - b.chantier.order || a.index - b.index)
    .map(({ chantier }) => chantier);

export function buildCatalogueViews(data: CatalogueData): Catalogue {
  const stages = [...data.stages].sort(byStageOrder);
  const chantiers = byChantierOrder(data.chantiers);
  const reviews = [...data.reviews].sort((a, b) => a.date.localeCompare(b.date));
  const actions = actionViews(data.actions, chantiers, stages);
  const plansByMinistry = planViewsByMinistry(data, { actions, chantiers, stages, reviews });
  const plans = [...plansByMinistry.values()].flat();
  const ministryName = (id: string) => data.ministries.find((ministry) => ministry.id === id)?.name ?? id;
  const sources = { chantiers, stages, actions, plans, ministryName };
  const chantierPages = chantierViews(sources);
  const stagePages = stageViews(sources);
  const ministries = ministryViews(data.ministries, actions, (id) => plansByMinistry.get(id) ?? []);
  return {
    publication: data.publication,
    stages: stagePages,
    chantiers: chantierPages,
    ministries,
    actions,
    gains: data.gains,
    reviews,
    reviewProgress: reviewProgress(reviews, plans),
    plans: data.plans,
    planActions: plans.flatMap((plan) => plan.actions),
    planPages: plans.flatMap((plan) => plan.byChantier.flatMap((group) => group.pages)),
    planDocuments: planDocumentPages(ministries),
    publicationDocument: publicationDocumentPage(data.publication.title),
    planMatrix: planMatrix(ministries, chantiers),
    counts: countTable(chantierPages, stagePages, actions),
    urls: catalogueUrls,
  };
}

/** Each ministry's plans, by period, the latest last. */
function planViewsByMinistry(
  data: CatalogueData,
  ordered: { actions: ActionView[]; chantiers: Chantier[]; stages: Stage[]; reviews: Review[] },
): Map<string, PlanView[]> {
  const ministryNames = (id: string) => {
    const ministry = data.ministries.find((candidate) => candidate.id === id);
    return { name: ministry?.name ?? id, shortName: ministry?.shortName ?? id };
  };
  const examples = new Map(ordered.actions.map((action) => [action.id, action]));
  const context = { ...ordered, examples, ministryNames };
  return new Map(
    data.ministries.map((ministry) => [
      ministry.id,
      linkSuccessivePlans(
        data.plans
          .filter((plan) => plan.ministry === ministry.id)
          .sort(byPeriod)
          .map((plan) => buildPlanView(plan, context)),
      ),
    ]),
  );
}
