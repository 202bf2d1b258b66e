import { type Plan, type PlanAction, STATUS_IDS, STATUS_LABELS, type StatusId } from "../catalogue/schema.ts";
import { planChanges } from "../import/plan-changes.ts";
import type { KnownCatalogue } from "../import/plan-sheet.ts";
import { cloneModel, frenchText, stageBadge, textElement } from "./dom.ts";

/*
 * The plan as the site will show it, before it is proposed: its counts, what it changes in the
 * plan already published, then its actions by chantier with their stage badges, statuses and the
 * action of the previous plan each one carries on.
 */

interface PreviewContext {
  published: Plan | undefined;
  /** The ministry's previous plan, whose actions « Suite de l'action » names. */
  previous: Plan | null;
  review: string | undefined;
  known: KnownCatalogue;
  /** The ministry's name, as the form offers it. */
  ministryName: string;
}

/** « 2 nouvelles actions », « 3 pas commencées »: a word already in s keeps its form. */
const plural = (count: number, words: string) =>
  `${count} ${count > 1 ? words.replace(/\p{L}+/gu, (word) => (/[sx]$/.test(word) ? word : `${word}s`)) : words}`;

function statusOf(action: PlanAction, review: string | undefined) {
  return action.statuses?.find((entry) => entry.review === review)?.status;
}

/** « 3 réalisées », « 1 en cours »: « en cours » takes no plural mark. */
function statusCount(count: number, status: StatusId): string {
  const label = STATUS_LABELS[status].toLowerCase();
  return status === "en-cours" ? `${count} ${label}` : plural(count, label);
}

function reviewSummary(plan: Plan, { review, known }: PreviewContext): string {
  const reviewed = known.reviews.find((candidate) => candidate.id === review);
  if (!reviewed) return "";
  const counts = STATUS_IDS.map((id) =>
    statusCount(plan.actions.filter((action) => statusOf(action, review) === id).length, id),
  );
  const without = plan.actions.filter((action) => !statusOf(action, review)).length;
  return `Au « ${reviewed.title} » : ${counts.join(", ")} ; ${without} sans statut.`;
}

function stageCounts(plan: Plan, known: KnownCatalogue): string {
  const counts = known.stages.map(
    (stage) =>
      `${plan.actions.filter((action) => action.stage === stage.id).length} en ${stage.label.toLowerCase()}`,
  );
  return `${plural(plan.actions.length, "action")} : ${counts.join(", ")}.`;
}

const itemList = (items: string[]) => {
  const list = document.createElement("ul");
  list.append(...items.map((item) => textElement("li", frenchText(item))));
  return list;
};

/**
 * What the sheet changes in the published plan beyond statuses; for a review, which should change
 * statuses only, it is a warning.
 */
function changesSection(plan: Plan, context: PreviewContext): Node[] {
  if (!context.published) return [];
  const { changed, removed, added } = planChanges(context.published, plan);
  const lines = [
    ...changed.map(({ action, columns }) =>
      columns.length > 1
        ? `« ${action.title} » : colonnes ${columns.join(", ")} modifiées`
        : `« ${action.title} » : colonne ${columns.join("")} modifiée`,
    ),
    ...removed.map((action) => `« ${action.title} » : absente du tableau, elle sera retirée du plan`),
    ...added.map((action) => `« ${action.title} » : nouvelle action`),
  ];
  const title = lines.length
    ? `Par rapport au plan publié : ${plural(lines.length, "changement")} en plus des statuts`
    : "Par rapport au plan publié : seuls les statuts changent";
  const box = cloneModel(context.review && lines.length ? "attention" : "changements");
  const heading = box.querySelector("h3, h4");
  if (heading) heading.textContent = frenchText(title);
  if (lines.length) box.append(itemList(lines));
  return [box];
}

function actionItem(action: PlanAction, { review, previous }: PreviewContext): HTMLElement {
  const item = cloneModel("action");
  const title = item.querySelector(".action-list__title");
  if (title) title.textContent = action.title;
  title?.after(" ", stageBadge(action.stage));
  const note = item.querySelector(".action-list__note");
  const status = statusOf(action, review);
  const continued = previous?.actions.find((candidate) => candidate.id === action.continues);
  const lines = [
    ...(status ? [`Statut : ${STATUS_LABELS[status].toLowerCase()}`] : []),
    ...(continued && previous ? [`Suite de « ${continued.title} » (plan ${previous.period})`] : []),
  ];
  if (note && lines.length) note.textContent = frenchText(lines.join(" ; "));
  else note?.remove();
  return item;
}

export function planPreview(plan: Plan, context: PreviewContext): Node[] {
  const ready = cloneModel("pret");
  const heading = ready.querySelector("h3");
  if (heading) heading.textContent = `Le tableau est prêt : ${plural(plan.actions.length, "action")}`;
  const paragraph = ready.querySelector("p");
  if (paragraph) paragraph.textContent = frenchText(reviewSummary(plan, context) || "Aucune erreur trouvée.");
  const nodes: Node[] = [
    ready,
    ...changesSection(plan, context),
    textElement("h3", `Aperçu du plan ${plan.period} : ${context.ministryName}`),
    textElement("p", stageCounts(plan, context.known)),
  ];
  for (const chantier of context.known.chantiers) {
    const actions = plan.actions.filter((action) => action.chantier === chantier.id);
    if (!actions.length) continue;
    nodes.push(textElement("h4", `${chantier.title} (${plural(actions.length, "action")})`));
    const list = cloneModel("actions");
    list.append(...actions.map((action) => actionItem(action, context)));
    nodes.push(list);
  }
  return nodes;
}
