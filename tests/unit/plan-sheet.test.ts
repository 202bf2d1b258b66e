import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import type { Plan } from "../../src/catalogue/schema.ts";
import { COLUMNS, EXAMPLE_TITLE_START, guardedCell } from "../../src/import/columns.ts";
import { planFileText } from "../../src/import/plan-file.ts";
import { type PlanSheetOptions, knownCatalogue, planFromSheet } from "../../src/import/plan-sheet.ts";
import { PlanImportError } from "../../src/import/problems.ts";
import { type SheetRow, csvRows, spreadsheetRows, xlsxRows } from "../../src/import/sheet-rows.ts";
import { HEADER, planRows, windows1252Csv, xlsxWorkbook } from "../support/plan-sheets.ts";
import { projectRoot } from "../support/project.ts";

const known = knownCatalogue(await loadCatalogue(projectRoot));
const [firstChantier, secondChantier] = known.chantiers;
const [firstStage] = known.stages;
const CHANTIER_TITLES = known.chantiers.map((chantier) => chantier.title).join(", ");
const options: PlanSheetOptions = { ministry: known.ministries[0]!, period: "2022", known };

const rows = (cells: string[][]): SheetRow[] => cells.map((row, index) => ({ cells: row, line: index + 1 }));
const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanImportError) return error.problems;
    throw error;
  }
  throw new Error("le tableau aurait dû être refusé");
};

describe("a plan's spreadsheet, read the same way as .xlsx and as a Windows-1252 CSV", () => {
  it("gives the same plan and the same plan file from both formats", async () => {
    const sheet = [HEADER, ...planRows(known, 60)];
    const fromCsv = planFromSheet(csvRows(windows1252Csv(sheet)), options);
    const fromXlsx = planFromSheet(await xlsxRows(await xlsxWorkbook(sheet)), options);
    expect(fromCsv.actions.map((action) => action.title)).toEqual(sheet.slice(1).map((row) => row[2]));
    expect(fromXlsx).toEqual(fromCsv);
    expect(planFileText(fromXlsx, "plan.xlsx")).toBe(planFileText(fromCsv, "plan.xlsx"));
    expect(new Set(fromCsv.actions.map((action) => action.chantier))).toEqual(
      new Set(known.chantiers.map((chantier) => chantier.id)),
    );
  });

  it("reads the file by its extension, and tells a LibreOffice user what to save an .ods as", async () => {
    const sheet = [HEADER, ...planRows(known, 2)];
    expect(await spreadsheetRows("Plan.XLSX", await xlsxWorkbook(sheet))).toHaveLength(3);
    await expect(spreadsheetRows("plan.ods", Buffer.from("PK"))).rejects.toThrow(/\.xlsx.*\.csv/);
    await expect(spreadsheetRows("plan.xlsx", Buffer.from("pas un classeur"))).rejects.toThrow(
      "plan.xlsx : ce fichier n'est pas un classeur .xlsx lisible",
    );
  });
});

describe("planFromSheet", () => {
  it("gives one message per mistake, each with its row and column, and no plan", () => {
    const sheet = rows([
      HEADER,
      ["", "Cuisine", "Une action", firstStage!.label, "", ""],
      ["", firstChantier!.title, "", firstStage!.label, "", ""],
      ["", firstChantier!.title, "Une autre action", "bientôt", "", ""],
    ]);
    expect(problemsOf(() => planFromSheet(sheet, options))).toEqual([
      `ligne 2, colonne « Chantier » : chantier inconnu « Cuisine » (chantiers : ${CHANTIER_TITLES})`,
      "ligne 3, colonne « Action » : intitulé vide",
      "ligne 4, colonne « Niveau d'engagement cible » : stade inconnu « bientôt » (réalisation, expérimentation ou réflexion)",
    ]);
  });

  it("reads the stage from the template's « Stade » column, or from the guide's « Niveau d'engagement cible »", () => {
    const sheet = (stageHeader: string) =>
      rows([
        ["Chantier", "Action", stageHeader],
        [firstChantier!.title, "Une action", firstStage!.label],
      ]);
    const plan = planFromSheet(sheet(COLUMNS.stage.header), options);
    expect(COLUMNS.stage.header).toBe("Stade");
    expect(plan.actions.map((action) => action.stage)).toEqual([firstStage!.id]);
    expect(planFromSheet(sheet("Niveau d'engagement cible"), options)).toEqual(plan);
    expect(planFromSheet(sheet("niveau"), options)).toEqual(plan);
    expect(problemsOf(() => planFromSheet(sheet("Maturité"), options))[0]).toBe(
      "ligne 1 : colonne « Stade » introuvable",
    );
  });

  it("keeps the ids and everything else of the published plan when a review's statuses are filled in", () => {
    const first = planFromSheet(rows([HEADER, ...planRows(known, 6)]), options);
    const published: Plan = {
      ...first,
      actions: first.actions.map((action, index) =>
        index === 0
          ? { ...action, indicator: { label: "Agents formés", target: 10 }, example: "un-exemple" }
          : action,
      ),
    };
    const review = known.reviews[0]!;
    // The published plan, downloaded with its ids, its rows reordered and its statuses filled in.
    const sheet = [
      [...HEADER, "Indicateur", "Valeur cible"],
      ...published.actions
        .map((action, index) => [
          action.id,
          known.chantiers.find((chantier) => chantier.id === action.chantier)!.title,
          action.title,
          known.stages.find((stage) => stage.id === action.stage)!.label,
          ["Réalisée", "en cours", "à faire", "fini", "Abandonnée", ""][index]!,
          "",
          action.indicator?.label ?? "",
          action.indicator?.target?.toLocaleString("fr-FR") ?? "",
        ])
        .reverse(),
    ];
    const reviewed = planFromSheet(rows(sheet), { ...options, review: review.id, published });
    const byId = new Map(reviewed.actions.map((action) => [action.id, action]));
    for (const action of published.actions) {
      const { statuses, ...rest } = byId.get(action.id)!;
      expect(rest).toEqual(action);
      expect(statuses ?? []).toEqual(
        statuses?.length ? [{ review: review.id, status: statuses[0]!.status }] : [],
      );
    }
    expect(published.actions.map((action) => byId.get(action.id)?.statuses?.[0]?.status)).toEqual([
      "realisee",
      "en-cours",
      "pas-commencee",
      "realisee",
      "abandonnee",
      undefined,
    ]);
  });

  it("checks the ids a sheet gives, its dates and its numbers, row by row", () => {
    const header = [
      "Identifiant",
      "Chantier",
      "Action",
      "Niveau",
      "Date d'identification",
      "Valeur cible",
      "Indicateur",
    ];
    const row = (id: string, date: string, target = "") => [
      id,
      firstChantier!.title,
      `Action ${id}`,
      firstStage!.id,
      date,
      target,
      "Part",
    ];
    expect(
      problemsOf(() =>
        planFromSheet(
          rows([header, row("Mon Id", ""), row("a", "31/02/2022"), row("a", ""), row("b", "", "dix")]),
          options,
        ),
      ),
    ).toEqual([
      "ligne 2, colonne « Identifiant » : identifiant « Mon Id » : minuscules sans accent, chiffres et tirets seulement",
      "ligne 4, colonne « Identifiant » : identifiant « a » déjà donné ligne 3",
      "ligne 3, colonne « Date d'identification » : date attendue au format JJ/MM/AAAA, non « 31/02/2022 »",
      "ligne 5, colonne « Valeur cible » : nombre attendu, non « dix »",
    ]);
    const plan = planFromSheet(
      rows([
        header,
        row("a", "01/04/2022", "1 000,5"),
        row("", "2022-05-02"),
        ["", secondChantier!.title, "Action a", firstStage!.id, "", "", ""],
      ]),
      options,
    );
    expect(plan.actions.map((action) => [action.id, action.identifiedOn, action.indicator?.target])).toEqual([
      ["a", "2022-04-01", 1000.5],
      ["action", "2022-05-02", undefined],
      ["action-a", undefined, undefined],
    ]);
  });

  it("refuses a review of plans of another period, an unknown ministry, a sheet without a column or an action", () => {
    const review = known.reviews[0]!;
    expect(
      problemsOf(() =>
        planFromSheet(rows([HEADER]), { ...options, ministry: "inconnu", period: "1999", review: review.id }),
      ),
    ).toEqual([
      "ministère inconnu « inconnu »",
      `le bilan « ${review.title} » porte sur les plans ${review.period}, non 1999`,
    ]);
    expect(problemsOf(() => planFromSheet(rows([["Chantier", "Action"]]), options))).toEqual([
      "ligne 1 : colonne « Stade » introuvable",
      "la ligne 1 doit porter les noms des colonnes, comme dans le modèle ; elle contient : « Chantier », « Action »",
    ]);
    expect(problemsOf(() => planFromSheet(rows([HEADER, ["", "", "", "", "", ""]]), options))).toEqual([
      "le tableau ne contient aucune action sous sa ligne d'en-tête",
    ]);
    const example = [
      "",
      firstChantier!.title,
      `${EXAMPLE_TITLE_START} une action`,
      firstStage!.label,
      "",
      "",
    ];
    expect(problemsOf(() => planFromSheet(rows([HEADER, example]), options))).toEqual([
      "ligne 2, colonne « Action » : ligne d'exemple du modèle : remplacez-la par une action du plan, ou supprimez-la",
    ]);
  });

  it("numbers a CSV's rows as the spreadsheet does, a cell over two lines included, and says in French why it cannot read one", () => {
    const header = "Chantier;Action;Niveau";
    const text = `${header}\r\n${firstChantier!.title};"Deux\r\nlignes";${firstStage!.label}\r\n\r\nCuisine;Une;${firstStage!.label}\r\n`;
    expect(problemsOf(() => planFromSheet(csvRows(Buffer.from(text)), options))).toEqual([
      `ligne 4, colonne « Chantier » : chantier inconnu « Cuisine » (chantiers : ${CHANTIER_TITLES})`,
    ]);
    expect(() => csvRows(Buffer.from(`${header}\n"Achats;Une;Réflexion`), "plan.csv")).toThrow(
      "plan.csv, ligne 2 du texte : un guillemet ouvert n'est jamais fermé",
    );
  });

  it("takes off the apostrophe that keeps a published CSV's cell from running as a formula", () => {
    const sheet = rows([
      HEADER,
      ["", firstChantier!.title, guardedCell("=1+1 agents formés"), firstStage!.label, "", ""],
    ]);
    expect(planFromSheet(sheet, options).actions[0]?.title).toBe("=1+1 agents formés");
    expect(guardedCell("=1+1")).toBe("'=1+1");
    expect(guardedCell("Former")).toBe("Former");
  });

  it("refuses, without a review, a status other than the published one, and a unit without its indicator", () => {
    const header = [...HEADER, "Indicateur", "Unité"];
    const row = ["", firstChantier!.title, "Une action", firstStage!.label, "Réalisée", "", "", "kWh"];
    expect(problemsOf(() => planFromSheet(rows([header, row]), options))).toEqual([
      "ligne 2, colonne « Statut » : statut « Réalisée » donné sans bilan : choisissez le bilan dans « Ce que donne le tableau », ou videz la cellule",
      "ligne 2, colonne « Unité » : « kWh » demande un indicateur : remplissez la colonne « Indicateur »",
    ]);
    const review = known.reviews[0]!;
    const published = planFromSheet(rows([HEADER, row.slice(0, 6)]), { ...options, review: review.id });
    // The published plan's own sheet repeats the latest status: read again without a review, it is no news.
    expect(planFromSheet(rows([HEADER, row.slice(0, 6)]), { ...options, published }).actions).toEqual(
      published.actions,
    );
  });

  it("adds the change note to the published plan's notes", () => {
    const first = planFromSheet(rows([HEADER, ...planRows(known, 1)]), {
      ...options,
      note: { date: "2026-01-02", note: "Versé." },
    });
    const second = planFromSheet(rows([HEADER, ...planRows(known, 2)]), {
      ...options,
      published: first,
      note: { date: "2026-03-04", note: "Une action de plus." },
    });
    expect(second.modifications).toEqual([
      { date: "2026-01-02", note: "Versé." },
      { date: "2026-03-04", note: "Une action de plus." },
    ]);
    expect(second.actions[0]?.id).toBe(first.actions[0]?.id);
  });
});

describe("the « Suite de l'action » column", () => {
  const previousPlan: Plan = {
    ministry: options.ministry,
    period: "2022",
    actions: [
      { id: "louer", chantier: firstChantier!.id, stage: "reflexion", title: "Louer" },
      { id: "donner", chantier: firstChantier!.id, stage: "reflexion", title: "Donner" },
    ],
  };
  const later: PlanSheetOptions = { ...options, period: "2023-2025", previousPlan };
  const sheet = (header: string, ...continued: string[]) =>
    rows([
      ["Identifiant", "Chantier", "Action", "Stade", header],
      ...continued.map((id, index) => ["", firstChantier!.title, `Action ${index}`, firstStage!.label, id]),
    ]);
  const continuesOf = (plan: Plan) => plan.actions.map((action) => action.continues);

  it("is read under its header or the other names a référent gives it, beside « Identifiant »", () => {
    const expected = planFromSheet(sheet(COLUMNS.continues.header, "louer", ""), later);
    expect(continuesOf(expected)).toEqual(["louer", undefined]);
    for (const header of [
      ...COLUMNS.continues.aliases,
      "SUITE DE L’ACTION",
      "Continues",
      "Reprend l'action du plan 2022",
    ]) {
      expect(planFromSheet(sheet(header, "louer", ""), later), header).toEqual(expected);
    }
    expect(COLUMNS.continues.aliases).toEqual(
      expect.arrayContaining(["continue", "action précédente", "reprend l'action"]),
    );
  });

  it("holds an id, checked against the ministry's previous plan, each problem with its row and column", () => {
    expect(
      problemsOf(() => planFromSheet(sheet("Action précédente", "Louer !", "reparer", "donner"), later)),
    ).toEqual([
      "ligne 2, colonne « Action précédente » : identifiant « Louer ! » : minuscules sans accent, chiffres et tirets seulement",
      "ligne 3, colonne « Action précédente » : action « reparer » absente du plan 2022 de ce ministère (ses identifiants sont dans la colonne « Identifiant » du tableau de ce plan)",
    ]);
    expect(
      problemsOf(() =>
        planFromSheet(sheet(COLUMNS.continues.header, "", "louer"), { ...later, previousPlan: null }),
      ),
    ).toEqual([
      `ligne 3, colonne « ${COLUMNS.continues.header} » : action « louer » : ce ministère n'a aucun plan avant 2023-2025 ; videz la cellule`,
    ]);
    // Without the previous plan to look at, only the id's form is checked: the build checks the rest.
    const unknownPrevious = { ...options, period: later.period };
    expect(continuesOf(planFromSheet(sheet(COLUMNS.continues.header, "reparer"), unknownPrevious))).toEqual([
      "reparer",
    ]);
  });

  it("keeps the published plan's link when the sheet has no such column, and drops it when its cell is emptied", () => {
    const published = planFromSheet(sheet(COLUMNS.continues.header, "louer", "donner"), later);
    const withoutColumn = rows(sheet(COLUMNS.continues.header, "", "").map(({ cells }) => cells.slice(0, 4)));
    expect(continuesOf(planFromSheet(withoutColumn, { ...later, published }))).toEqual(["louer", "donner"]);
    expect(
      continuesOf(planFromSheet(sheet(COLUMNS.continues.header, "", "donner"), { ...later, published })),
    ).toEqual([undefined, "donner"]);
  });
});
