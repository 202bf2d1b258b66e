import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { OpenData } from "../../src/catalogue/exports.ts";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Catalogue } from "../../src/catalogue/views.ts";
import { readJson } from "../support/output.ts";
import { buildFailure, buildSite, projectRoot, projectVariant } from "../support/project.ts";
import { loadPage, normalizeText } from "../support/site.ts";

const run = promisify(execFile);
const PLAN_FILE = "_data/plans/culture-2022.ts";
let siteDir: string;
let catalogue: Catalogue;

beforeAll(async () => {
  const plan = await readFile(path.join(projectRoot, "tests/fixtures/plan-culture-2022.ts"), "utf8");
  const projectDir = await projectVariant({ [PLAN_FILE]: plan });
  [siteDir, catalogue] = await Promise.all([
    buildSite({ projectDir }).then((result) => result.outputDir),
    loadCatalogue(projectDir),
  ]);
});

describe("a ministry's plan, one data file", () => {
  it("shows on its ministry's page by chantier, with target levels, statuses and the share done", async () => {
    const $ = await loadPage(siteDir, "/plans-action/ministeres/culture/");
    const section = $("#plan-2022").parent();
    expect(normalizeText(section.children("p").first().text())).toBe(
      "3 actions : 1 en réalisation, 1 en expérimentation, 1 en réflexion.",
    );
    const review = catalogue.reviews.find((candidate) => candidate.id === "bilan-2021-2022")!;
    expect(normalizeText(section.text())).toContain(
      `Au « ${review.title} » : 1 sur 2 réalisées, soit 50 % ; 1 sans statut à ce bilan (calcul de ce site`,
    );
    // Each chantier's row of the plan's table: its actions' total in its last cell.
    const total = (anchor: string) => normalizeText($(`#${anchor}`).closest("tr").children().last().text());
    expect(normalizeText($("#plan-2022-achats").text())).toBe("Achats");
    expect(total("plan-2022-achats")).toBe("2");
    expect(total("plan-2022-fin-d-usage")).toBe("1");
    const achatsUrl = $("#plan-2022-achats a").attr("href")!;
    expect(achatsUrl).toBe(catalogue.urls.planChantier("culture", "2022", "achats"));

    const part = await loadPage(siteDir, achatsUrl);
    expect(normalizeText(part("h1").text())).toBe("Culture, plan 2022 : Achats");
    const items = part("article ul.action-list").children("li");
    const example = catalogue.actions.find((action) => action.id === "achats-durables-et-reparables")!;
    expect(items.map((_, item) => normalizeText(part(item).text())).get()).toEqual([
      `Acheter durable. Stade visé : Réalisation Suit l'action d'exemple « ${example.titleText} » ` +
        `Statut : Réalisée`,
      `Louer des équipements. Stade visé : Expérimentation Statut : En cours. Commentaire : Un premier marché.`,
    ]);
    expect(normalizeText(part("article .action-list").prev("p").text())).toContain(`au « ${review.title} »`);
    expect(items.first().find(".action-list__note a").attr("href")).toBe(example.url);
    expect(
      part(".fr-breadcrumb a")
        .map((_, link) => normalizeText(part(link).text()))
        .get(),
    ).toContain("Culture");
  });

  it("adds to the follow-up page what the plans' statuses add up to, said to be computed", async () => {
    const $ = await loadPage(siteDir, "/plans-action/suivi/");
    expect(normalizeText($("#bilan-2021-2022").parent().find(".review-progress").text())).toBe(
      "Calcul de ce site, sur 1 plan versé avec un statut à ce bilan : 1 action réalisée sur 2, soit 50 %. Ce n'est pas un chiffre publié.",
    );
  });

  it("leaves the other ministries saying plainly that their plan is not contributed", async () => {
    const $ = await loadPage(siteDir, "/plans-action/ministeres/justice/");
    expect($("article").text()).toContain("Le plan d'action de ce ministère n'a pas encore été versé");
  });

  it("counts in the ministries × chantiers table, each count leading to its section", async () => {
    const $ = await loadPage(siteDir, catalogue.urls.ministries);
    const row = (name: string) =>
      $("#plans-ministeres-chantiers tbody tr").filter(
        (_, tr) => normalizeText($(tr).find("th a").text()) === name,
      );
    const culture = row("Culture");
    const cells = culture
      .find("td")
      .map((_, cell) => normalizeText($(cell).text()))
      .get();
    expect(normalizeText(culture.find("th").text())).toBe("Culture, 2022");
    expect(cells).toEqual([...catalogue.planMatrix.rows[0]!.cells.map((cell) => String(cell.count)), "3"]);
    expect(
      culture
        .find("td a")
        .map((_, link) => $(link).attr("href"))
        .get(),
    ).toEqual([
      "/plans-action/ministeres/culture/#plan-2022-achats",
      "/plans-action/ministeres/culture/#plan-2022-fin-d-usage",
    ]);
    expect(normalizeText(row("Justice").find("td").first().text())).toBe("plan non versé");
  });

  it("is counted on its chantiers' and levels' pages, naming the ministry and leading to its actions", async () => {
    const chantier = await loadPage(siteDir, catalogue.urls.chantier("achats"));
    const items = chantier("#plans-des-ministeres").next("ul").children("li");
    expect(items.map((_, item) => normalizeText(chantier(item).text())).get()).toEqual([
      "Ministère de la Culture, plan 2022 : 2 actions",
    ]);
    expect(items.find("a").attr("href")).toBe(catalogue.urls.planChantier("culture", "2022", "achats"));
    const stage = await loadPage(siteDir, catalogue.urls.stage("reflexion"));
    expect(normalizeText(stage("#plans-des-ministeres").next("ul").text())).toBe(
      "Ministère de la Culture, plan 2022 : 1 action",
    );
  });

  it("is in the open data: JSON with its statuses, and a CSV of its own", async () => {
    const data = await readJson<OpenData>(siteDir, catalogue.urls.json);
    expect(
      data.planActions.map((action) => [action.ministry, action.period, action.id, action.stage]),
    ).toEqual([
      ["culture", "2022", "acheter-durable", "realisation"],
      ["culture", "2022", "louer", "experimentation"],
      ["culture", "2022", "donner", "reflexion"],
    ]);
    expect(data.planActions[1]?.statuses).toEqual([
      { review: "bilan-2021-2022", status: "en-cours", comment: "Un premier marché." },
    ]);
    const csv = await readFile(path.join(siteDir, catalogue.urls.planCsv), "utf8");
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true });
    expect(records.map((record) => [record.id, record.stade, record["statut_bilan-2021-2022"]])).toEqual([
      ["acheter-durable", "realisation", "realisee"],
      ["louer", "experimentation", "en-cours"],
      ["donner", "reflexion", ""],
    ]);
  });
});

describe("a ministry's spreadsheet", () => {
  it("becomes its plan with one command, and shows on its page", async () => {
    const projectDir = await projectVariant({
      "tableau.csv":
        "Thématique;Intitulé;Niveau d'engagement cible\nAchats;Louer les ordinateurs;Expérimentation\n",
    });
    const tsx = path.join(projectRoot, "node_modules/.bin/tsx");
    const { stdout } = await run(tsx, ["src/import/cli.ts", "justice", "2023-2025", "tableau.csv"], {
      cwd: projectDir,
    });
    expect(stdout).toContain("_data/plans/justice-2023-2025.ts : 1 action.");
    const { outputDir } = await buildSite({ projectDir });
    const $ = await loadPage(outputDir, "/plans-action/ministeres/justice/");
    expect(normalizeText($("#plan-2023-2025-achats").closest("tr").children().last().text())).toBe("1");
    const part = await loadPage(outputDir, catalogue.urls.planChantier("justice", "2023-2025", "achats"));
    expect(normalizeText(part("article ul.action-list").text())).toContain("Louer les ordinateurs");
  });
});

describe("a chantier of a plan longer than a page", () => {
  it("is cut into pages with DSFR's pagination, every page linked from every other", async () => {
    const actions = Array.from({ length: 27 }, (_, index) => ({
      id: `a${index + 1}`,
      chantier: "achats",
      stage: "realisation",
      title: `Action ${index + 1}.`,
    }));
    const projectDir = await projectVariant({
      "_data/plans/justice-2022.ts": `export default ${JSON.stringify({ ministry: "justice", period: "2022", actions })};\n`,
    });
    const { outputDir } = await buildSite({ projectDir });
    const first = await loadPage(outputDir, catalogue.urls.planChantier("justice", "2022", "achats"));
    const second = await loadPage(outputDir, catalogue.urls.planChantier("justice", "2022", "achats", 2));
    expect(first("article ul.action-list > li")).toHaveLength(25);
    expect(second("article ul.action-list > li")).toHaveLength(2);
    const pages = (page: typeof first) =>
      page(".fr-pagination__link")
        .map(
          (_, link) =>
            `${page(link).text()}:${page(link).attr("href") ?? page(link).attr("aria-current") ?? "off"}`,
        )
        .get();
    expect(pages(first)).toEqual([
      "Première page:off",
      "Page précédente:off",
      "1:page",
      `2:${catalogue.urls.planChantier("justice", "2022", "achats", 2)}`,
      `Page suivante:${catalogue.urls.planChantier("justice", "2022", "achats", 2)}`,
      `Dernière page:${catalogue.urls.planChantier("justice", "2022", "achats", 2)}`,
    ]);
    expect(normalizeText(second("h1").text())).toBe("Justice, plan 2022 : Achats, page 2");
  });
});

describe("a plan with mistakes", () => {
  // Each mistake has its unit test (validate.test.ts); this one shows the build stops on them all.
  it("stops the build, naming the file, the action and the field of each mistake", async () => {
    const plan = `export default {
  ministry: "cultur",
  period: "2022",
  actions: [
    { id: "a", chantier: "achat", stage: "realisation", title: "A." },
    { id: "a", chantier: "achats", stage: "reflexion", title: "B." },
    { id: "c", chantier: "achats", stage: "reflexion", title: "C.", statuses: [{ review: "bilan-2030", status: "realisee" }] },
  ],
};
`;
    const message = await buildFailure({ [PLAN_FILE]: plan });
    for (const expected of [
      `${PLAN_FILE} : plan, champ « ministry » : ministère inconnu « cultur »`,
      `${PLAN_FILE} : action « a », champ « chantier » : chantier inconnu « achat »`,
      `${PLAN_FILE} : action « a », champ « id » : identifiant en double`,
      `${PLAN_FILE} : action « c », champ « statuses.review » : bilan inconnu « bilan-2030 »`,
    ]) {
      expect(message).toContain(expected);
    }
  });
});
