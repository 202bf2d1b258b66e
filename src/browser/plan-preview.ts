import { type Plan, type PlanAction, STATUS_IDS, STATUS_LABELS } from "../catalogue/schema.ts";
import type { KnownCatalogue } from "../import/plan-sheet.ts";
import { cloneModel, levelBadge, textElement } from "./dom.ts";

/*
 * The plan as the site will show it, before it is proposed: its counts, then its actions by
 * chantier with their level badges and, for a review, their statuses.
 */

interface PreviewContext {
  published: Plan | undefined;
  review: string | undefined;
  known: KnownCatalogue;
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;

function statusOf(action: PlanAction, review: string | undefined) {
  return action.statuses?.find((entry) => entry.review === review)?.status;
}

/** What the import did: actions found again, new ones, and the statuses at the review. */
function summary(plan: Plan, { published, review, known }: PreviewContext): string {
  const sentences: string[] = [];
  if (published) {
    const ids = new Set(published.actions.map((action) => action.id));
    const kept = plan.actions.filter((action) => ids.has(action.id)).length;
    sentences.push(
      `${kept} sur ${published.actions.length} actions du plan publié retrouvées, avec leur identifiant ; ` +
        `${plural(plan.actions.length - kept, "nouvelle action")}.`,
    );
  }
  const reviewed = known.reviews.find((candidate) => candidate.id === review);
  if (reviewed) {
    const counts = STATUS_IDS.map(
      (id) =>
        `${plan.actions.filter((action) => statusOf(action, review) === id).length} ${STATUS_LABELS[id].toLowerCase()}`,
    );
    const without = plan.actions.filter((action) => !statusOf(action, review)).length;
    sentences.push(`Au « ${reviewed.title} » : ${counts.join(", ")} ; ${without} sans statut.`);
  }
  return sentences.join(" ");
}

function levelCounts(plan: Plan, known: KnownCatalogue): string {
  const counts = known.stages.map(
    (stage) =>
      `${plan.actions.filter((action) => action.level === stage.id).length} en ${stage.label.toLowerCase()}`,
  );
  return `${plural(plan.actions.length, "action")} : ${counts.join(", ")}.`;
}

function actionItem(action: PlanAction, review: string | undefined): HTMLElement {
  const item = cloneModel("action");
  const title = item.querySelector(".action-list__title");
  if (title) title.textContent = action.title;
  title?.after(" ", levelBadge(action.level));
  const note = item.querySelector(".action-list__note");
  const status = statusOf(action, review);
  if (note && status) note.textContent = `Statut : ${STATUS_LABELS[status].toLowerCase()}`;
  else note?.remove();
  return item;
}

export function planPreview(plan: Plan, context: PreviewContext): Node[] {
  const ready = cloneModel("pret");
  const heading = ready.querySelector("h3");
  if (heading) heading.textContent = `Le tableau est prêt : ${plural(plan.actions.length, "action")}`;
  const paragraph = ready.querySelector("p");
  if (paragraph) paragraph.textContent = summary(plan, context) || "Aucune erreur trouvée.";
  const nodes: Node[] = [
    ready,
    textElement("h3", `Aperçu du plan ${plan.period}`),
    textElement("p", levelCounts(plan, context.known)),
  ];
  for (const chantier of context.known.chantiers) {
    const actions = plan.actions.filter((action) => action.chantier === chantier.id);
    if (!actions.length) continue;
    nodes.push(textElement("h4", `${chantier.title} (${plural(actions.length, "action")})`));
    const list = cloneModel("actions");
    list.append(...actions.map((action) => actionItem(action, context.review)));
    nodes.push(list);
  }
  return nodes;
}
