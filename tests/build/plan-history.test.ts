import type { CheerioAPI } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { STATUS_IDS, STATUS_LABELS } from "../../src/catalogue/schema.ts";
import type { PlanActionView } from "../../src/catalogue/plans.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { LATER_REVIEW, planHistoryFiles } from "../fixtures/plan-history.ts";
import { buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";
import { plural } from "../../src/eleventy/numbers.ts";

/*
 * Two plans of one ministry, the later carrying on three actions of the earlier, and two reviews
 * of the earlier (tests/fixtures/plan-history.ts): its page, its plans' pages and documents say
 * what moved. Every expected figure is worked out here from the fixture's own data.
 */

let siteDir: string;
let catalogue: Catalogue;

beforeAll(async () => {
  const projectDir = await projectVariant(await planHistoryFiles(projectRoot));
  [siteDir, catalogue] = await Promise.all([
    buildSite({ projectDir }).then((result) => result.outputDir),
    loadCatalogue(projectDir),
  ]);
});

const plansOf = () => catalogue.ministries.find((ministry) => ministry.id === "culture")!.plans;
const statusAt = (action: PlanActionView, review: string) =>
  action.statuses?.find((status) => status.review === review)?.status;
const itemTexts = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, item) => normalizeText($(item).text()))
    .get();

describe("a ministry with two plans and two reviews", () => {
  it("says, on its page, what changed at the later review: statuses before and after, first ones, abandoned", async () => {
    const [older] = plansOf();
    const previousReview = catalogue.reviews.find((review) => review.id === "bilan-2021-2022")!;
    const $ = await loadPage(siteDir, "/plans-action/ministeres/culture/");
    const heading = $(`#${older!.anchor}-${LATER_REVIEW.id}`);
    expect(normalizeText(heading.text())).toBe(`Changements depuis le « ${previousReview.title} »`);
    const changed = older!.actions.filter(
      (action) =>
        statusAt(action, previousReview.id) &&
        statusAt(action, LATER_REVIEW.id) !== statusAt(action, previousReview.id) &&
        statusAt(action, LATER_REVIEW.id) !== "abandonnee",
    );
    const added = older!.actions.filter((action) => !statusAt(action, previousReview.id));
    const abandoned = older!.actions.filter((action) => statusAt(action, LATER_REVIEW.id) === "abandonnee");
    const summary = normalizeText(heading.next("p").text());
    expect(summary).toContain("calcul de ce site");
    expect(summary).toContain(
      `${changed.length} ${plural(changed.length, "action")} au statut changé, ` +
        `${added.length} sans statut au bilan précédent, ` +
        `${abandoned.length} ${plural(abandoned.length, "abandonnée")}.`,
    );
    const lists = heading.nextUntil("h4", "ul");
    const lower = (status: string | undefined) =>
      STATUS_LABELS[status as keyof typeof STATUS_LABELS].toLowerCase();
    expect(itemTexts($, lists.eq(0).find("li").toArray() as never)).toEqual(
      changed.map(
        (action) =>
          `${action.titleText} (${lower(statusAt(action, previousReview.id))}, puis ${lower(statusAt(action, LATER_REVIEW.id))})`,
      ),
    );
    expect(normalizeText(lists.eq(1).text())).toContain(added[0]!.titleText);
    expect(normalizeText(lists.eq(2).text())).toContain(abandoned[0]!.titleText);
  });

  it("says what the later plan carried over from the earlier, at what stage, and what it left", async () => {
    const [older, later] = plansOf();
    const $ = await loadPage(siteDir, "/plans-action/ministeres/culture/");
    const heading = $(`#${later!.anchor}-depuis-${older!.period}`);
    expect(normalizeText(heading.text())).toBe(`Changements depuis le plan ${older!.period}`);
    const carried = later!.actions.filter((action) => action.continues);
    const continuedIds = new Set(carried.map((action) => action.continues));
    const dropped = older!.actions.filter((action) => !continuedIds.has(action.id));
    const summary = normalizeText(heading.next("p").text());
    const rank = { reflexion: 0, experimentation: 1, realisation: 2 } as const;
    const fromOf = (action: PlanActionView) => older!.actions.find((other) => other.id === action.continues)!;
    const moves = carried.map((action) => Math.sign(rank[action.stage] - rank[fromOf(action).stage]));
    const count = (move: number) => moves.filter((candidate) => candidate === move).length;
    const added = later!.actions.length - carried.length;
    expect(summary).toContain(
      `${carried.length} ${plural(carried.length, "reprise")} (${count(1)} à un stade plus avancé, ` +
        `${count(-1)} à un stade moins avancé, ${count(0)} au même stade), ` +
        `${added} ${plural(added, "nouvelle")}, ${dropped.length} ${plural(dropped.length, "non reprise", "non reprises")}.`,
    );
    const section = normalizeText(heading.nextUntil("h3").text());
    for (const action of carried) {
      const from = fromOf(action);
      expect(section).toContain(
        `${action.titleText} (${from.stageLabel.toLowerCase()}, puis ${action.stageLabel.toLowerCase()})`,
      );
    }
    for (const action of dropped) expect(section).toContain(action.titleText);
  });

  it("says on the earlier plan, its section and its pages, which plan replaced it, at its old addresses", async () => {
    const [older, later] = plansOf();
    const $ = await loadPage(siteDir, "/plans-action/ministeres/culture/");
    const notice = $(`#${older!.anchor}`).next(".fr-alert");
    expect(normalizeText(notice.text())).toBe(`Ce plan a été remplacé par le plan ${later!.period}.`);
    expect(notice.find("a").attr("href")).toBe(`/plans-action/ministeres/culture/#${later!.anchor}`);
    const part = await loadPage(siteDir, older!.byChantier[0]!.url);
    expect(normalizeText(part("article").text())).toContain(
      `Ce plan a été remplacé par le plan ${later!.period}.`,
    );
    const continued = later!.actions.find((action) => action.continues === "donner")!;
    const page = await loadPage(siteDir, continued.url.split("#")[0]!);
    expect(normalizeText(page(`#${continued.anchor}`).text())).toContain(
      `Poursuit l'action du plan ${older!.period} « ${older!.actions.find((action) => action.id === "donner")!.titleText} »`,
    );
  });

  it("shows each status as a DSFR badge, and names the review once above the list", async () => {
    const [older] = plansOf();
    const group = older!.byChantier.find((candidate) => candidate.chantier.id === "achats")!;
    const $ = await loadPage(siteDir, group.url);
    expect(normalizeText($("article .action-list").prev("p").text())).toContain(
      `au « ${LATER_REVIEW.title} »`,
    );
    // Each status in its own DSFR system colour, its name written, « Statut : » before it.
    const variant = {
      realisee: "success",
      "en-cours": "info",
      "pas-commencee": "warning",
      abandonnee: "error",
    };
    const notes = $(".action-list .action-list__note").filter(
      (_, note) => $(note).find(".fr-badge").length > 0,
    );
    expect(
      notes
        .map((_, note) => [[$(note).find(".fr-badge").attr("class"), normalizeText($(note).text())]])
        .get(),
    ).toEqual(
      group.actions.map((action) => {
        const latest = action.latestStatus!;
        const comment = latest.comment ? `. Commentaire : ${latest.comment}` : "";
        return [
          `fr-badge fr-badge--sm fr-badge--${variant[latest.status]}`,
          `Statut : ${latest.label}${comment}`,
        ];
      }),
    );
    expect($(".action-list").text()).not.toContain(LATER_REVIEW.title);
  });

  it("counts each plan by chantier and stage, with its statuses at its latest review", async () => {
    const [older] = plansOf();
    const $ = await loadPage(siteDir, "/plans-action/ministeres/culture/");
    const table = $(`#${older!.anchor}-tableau`);
    expect(normalizeText(table.find("caption").text())).toContain(`leur statut au « ${LATER_REVIEW.title} »`);
    const stages = catalogue.stages.map((stage) => stage.id);
    const row = table
      .find("tbody tr")
      .filter((_, tr) => normalizeText($(tr).find("th").text()) === "Fin d’usage");
    // Each cell: its count, then how many stood at each status at the latest review, in the
    // statuses' order, written as a reader says it.
    const plurals = {
      realisee: "réalisées",
      "en-cours": "en cours",
      "pas-commencee": "pas commencées",
      abandonnee: "abandonnées",
    };
    const cell = (actions: PlanActionView[]) => {
      const counts = STATUS_IDS.flatMap((status) => {
        const count = actions.filter((action) => statusAt(action, LATER_REVIEW.id) === status).length;
        const word = count > 1 ? plurals[status] : STATUS_LABELS[status].toLowerCase();
        return count ? [`${count} ${word}`] : [];
      });
      return counts.length ? `${actions.length} (${counts.join(", ")})` : String(actions.length);
    };
    const cells = (actions: PlanActionView[]) => [
      ...stages.map((stage) => cell(actions.filter((action) => action.stage === stage))),
      String(actions.length),
    ];
    const actions = older!.actions.filter((action) => action.chantier === "fin-d-usage");
    expect(itemTexts($, row.find("td").toArray() as never)).toEqual(cells(actions));
    expect(itemTexts($, table.find("tfoot td").toArray() as never)).toEqual(cells(older!.actions));
  });

  it("prints each plan whole on its document page, every action with its stage and status", async () => {
    const [older] = plansOf();
    const $ = await loadPage(siteDir, older!.documentUrl);
    const document = catalogue.planDocuments.find((candidate) => candidate.plan === older)!;
    expect(normalizeText($("h1").text())).toBe(document.title);
    const entries = $(".action-list > li");
    expect(entries.map((_, entry) => $(entry).attr("id")).get()).toEqual(
      older!.byChantier.flatMap((group) => group.actions.map((action) => action.anchor)),
    );
    for (const action of older!.actions) {
      const text = normalizeText($(`#${action.anchor}`).text());
      expect(text).toContain(action.titleText);
      expect(text).toContain(`Stade visé : ${action.stageLabel}`);
      expect(text).toContain(`Statut : ${action.latestStatus!.label}`);
    }
    const headings = $("h2")
      .map((_, heading) => normalizeText($(heading).text()))
      .get();
    for (const group of older!.byChantier) {
      expect(headings).toContain(
        `${group.chantier.title} : ${group.actions.length} action${group.actions.length > 1 ? "s" : ""}`,
      );
    }
    const ministry = await loadPage(siteDir, "/plans-action/ministeres/culture/");
    expect(ministry(`a[href="${older!.documentUrl}"]`).text()).toContain("Version imprimable");
  });
});
