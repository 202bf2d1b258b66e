import type { Action, Chantier, Stage, StageId, StageSource } from "./schema.ts";
import { plainCatalogueText, renderCatalogueText } from "./text.ts";
import { catalogueAnchors, catalogueUrls } from "./urls.ts";

/**
 * Who gave an example's stage, as readers are told it: `label` in the open data, `summary` over
 * the action's note.
 */
export const STAGE_SOURCES: Record<StageSource, { label: string; summary: string }> = {
  publication: { label: "Donné par la publication", summary: "Stade donné par la publication" },
  editorial: {
    label: "Classement de l'équipe éditoriale",
    summary: "Stade : classement de l'équipe éditoriale",
  },
};

/** One of the publication's example actions, as the lists show it and link to it. */
export interface ActionView extends Action {
  titleHtml: string;
  titleText: string;
  stageLabel: string;
  stageSourceLabel: string;
  stageSourceSummary: string;
  chantierTitle: string;
  chantierUrl: string;
  /** The id of the action's entry on its chantier page, and that entry's address. */
  anchor: string;
  url: string;
}

/** The example actions, in their data order, with their chantier's and stage's names. */
export function actionViews(actions: Action[], chantiers: Chantier[], stages: Stage[]): ActionView[] {
  const chantierById = new Map(chantiers.map((chantier) => [chantier.id, chantier]));
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  return actions.map((action) => {
    const chantier = chantierById.get(action.chantier);
    const stage = stageById.get(action.stage);
    if (!chantier || !stage) throw new Error(`action « ${action.id} » : référence non validée`);
    const chantierUrl = catalogueUrls.chantier(chantier.id);
    const anchor = catalogueAnchors.action(action.id);
    return {
      ...action,
      titleHtml: renderCatalogueText(action.title),
      titleText: plainCatalogueText(action.title),
      stageLabel: stage.label,
      stageSourceLabel: STAGE_SOURCES[action.stageSource].label,
      stageSourceSummary: STAGE_SOURCES[action.stageSource].summary,
      chantierTitle: chantier.title,
      chantierUrl,
      anchor,
      url: `${chantierUrl}#${anchor}`,
    };
  });
}

/** A chantier's actions, at one stage or at all, in their data order. */
export const actionsOf = (actions: ActionView[], chantierId: string, stageId?: StageId) =>
  actions.filter((action) => action.chantier === chantierId && (!stageId || action.stage === stageId));
