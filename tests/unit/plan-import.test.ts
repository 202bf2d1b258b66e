import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { loadCatalogue } from "../../src/catalogue/load.ts";
import { planSchema } from "../../src/catalogue/schema.ts";
import { importDataModule } from "../../src/data-modules.ts";
import { type PlanImport, importPlan } from "../../src/import/plan-import.ts";
import { knownCatalogue } from "../../src/import/plan-sheet.ts";
import { planFileText } from "../../src/import/plan-file.ts";
import { PlanImportError } from "../../src/import/problems.ts";
import previousFixture from "../fixtures/plan-culture-2022.ts";
import { xlsxWorkbook } from "../support/plan-sheets.ts";
import { projectRoot, temporaryFolder } from "../support/project.ts";

const catalogue = await loadCatalogue(projectRoot);
const known: PlanImport["known"] = knownCatalogue(catalogue);
const REVIEW = known.reviews[0]!;
const CHANTIER_TITLES = known.chantiers.map((chantier) => chantier.title).join(", ");

/** The mission's template, as a ministry fills it in: its own wordings, its own spacing. */
const SHEET = [
  "Thématique;Intitulé ;Niveau d’engagement cible;Indicateur;Commentaire",
  "Sensibilisation;Former les agents au numérique responsable;Réalisation;Agents formés;",
  "",
  "Conception de services numériques;Appliquer le référentiel d'écoconception;expérimentation ;;Sur deux projets",
  "Salle serveur et centre de données;Mesurer le PUE;REFLEXION;;",
  "Fin d'usage et réemploi;Donner les équipements;réflexion;;",
].join("\r\n");

let projectDir: string;
beforeEach(async () => {
  projectDir = await temporaryFolder("import");
  await mkdir(path.join(projectDir, "_data/plans"), { recursive: true });
});

async function sheet(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(projectDir, name);
  await writeFile(file, content);
  return file;
}

const run = (file: string, review?: string) =>
  importPlan({ projectDir, ministry: "culture", period: "2022", file, known, ...(review ? { review } : {}) });
const planFile = () => path.join(projectDir, "_data/plans/culture-2022.ts");
const written = async () => planSchema.parse(await importDataModule(planFile()));

describe("importPlan", () => {
  it("reads the template's columns and wordings, UTF-8 with a BOM and semicolons, skipping blank lines", async () => {
    await run(await sheet("plan.csv", `\uFEFF${SHEET}`));
    const plan = await written();
    expect(plan.actions.map((action) => [action.chantier, action.stage, action.title])).toEqual([
      ["sensibilisation-et-formation", "realisation", "Former les agents au numérique responsable"],
      ["conception-de-service-numerique", "experimentation", "Appliquer le référentiel d'écoconception"],
      ["salle-serveurs-et-centre-de-donnees", "reflexion", "Mesurer le PUE"],
      ["fin-d-usage", "reflexion", "Donner les équipements"],
    ]);
    expect(plan.actions[0]?.indicator).toEqual({ label: "Agents formés" });
    expect(plan.actions[1]?.note).toBe("Sur deux projets");
  });

  it("reads Windows-1252 and commas just as well", async () => {
    const commas = SHEET.replaceAll(";", ",").replace("d’engagement", "d'engagement");
    await run(await sheet("plan.csv", Buffer.from(commas, "latin1")));
    expect((await written()).actions.map((action) => action.title)).toContain(
      "Appliquer le référentiel d'écoconception",
    );
  });

  it("reads an .xlsx workbook as it reads its CSV export", async () => {
    const rows = SHEET.split("\r\n").map((line) => line.split(";"));
    await run(await sheet("plan.csv", SHEET));
    const fromCsv = await written();
    await run(await sheet("plan.xlsx", await xlsxWorkbook(rows)));
    expect(await written()).toEqual(fromCsv);
  });

  it("never overwrites a plan file it cannot read, and says which", async () => {
    await writeFile(planFile(), "export default { ministry: 'culture' };\n");
    const error = await run(await sheet("plan.csv", SHEET)).catch((caught: unknown) => caught);
    expect((error as PlanImportError).problems[0]).toMatch(
      /^_data\/plans\/culture-2022\.ts : ce plan ne se lit pas/,
    );
    expect(await readFile(planFile(), "utf8")).toBe("export default { ministry: 'culture' };\n");
  });

  it("writes a plan file the catalogue's schema reads, naming the sheet it came from", async () => {
    await run(await sheet("plan-culture.csv", SHEET));
    const text = await readFile(planFile(), "utf8");
    expect(text).toContain("« plan-culture.csv »");
    expect((await written()).actions).toHaveLength(4);
  });

  it("keeps the ids of the actions already there, and changes nothing on a second import", async () => {
    const file = await sheet("plan.csv", SHEET);
    await run(file);
    const first = await readFile(planFile(), "utf8");
    const ids = (await written()).actions.map((action) => action.id);
    await run(file);
    expect(await readFile(planFile(), "utf8")).toBe(first);

    // The same actions, reordered, and a new one with an already used title in another chantier.
    const lines = SHEET.split("\r\n");
    const reordered = [
      lines[0],
      lines[5],
      lines[1],
      "Achats;Mesurer le PUE;Réalisation;;",
      lines[3],
      lines[4],
    ];
    await run(await sheet("plan.csv", reordered.join("\n")));
    const actions = (await written()).actions;
    expect(new Set(actions.map((action) => action.id)).size).toBe(actions.length);
    for (const id of ids) expect(actions.map((action) => action.id)).toContain(id);
  });

  it("reads headers that say more than their name, and an indicator's unit and target", async () => {
    const header =
      "Chantier (thématique);Intitulé de l'action;Niveau d'engagement;Indicateur;Unité;Valeur cible";
    await run(await sheet("plan.csv", `${header}\nAchats;Louer;réalisation;Part des achats;%;12,5\n`));
    expect((await written()).actions).toEqual([
      {
        id: "louer",
        chantier: "achats",
        stage: "realisation",
        title: "Louer",
        indicator: { label: "Part des achats", unit: "%", target: 12.5 },
      },
    ]);
  });

  it("keeps each id when a title comes twice or a new action is added above one", async () => {
    const header = "Chantier;Action;Niveau";
    const file = await sheet(
      "plan.csv",
      [header, "Achats;Former les agents;réalisation", "Achats;Former les agents;réflexion"].join("\n"),
    );
    await run(file);
    const before = (await written()).actions.map((action) => [action.stage, action.id]);
    expect(before).toEqual([
      ["realisation", "former-les-agents"],
      ["reflexion", "former-les-agents-2"],
    ]);
    await sheet(
      "plan.csv",
      [
        header,
        "Achats;Former les élus;réflexion",
        "Achats;Former les agents;réalisation",
        "Achats;Former les agents;réflexion",
      ].join("\n"),
    );
    const after = (
      await written()
        .then(() => run(file))
        .then(written)
    ).actions.map((action) => [action.stage, action.id]);
    expect(after).toEqual([["reflexion", "former-les-elus"], ...before]);
  });

  it("records each action's status at a review from the « statut » column", async () => {
    const withStatus = SHEET.split("\r\n")
      .map(
        (line, index) =>
          `${line};${["Statut", "Réalisée", "", "en cours", "Pas commencée", "abandonnee"][index]}`,
      )
      .join("\n");
    await run(await sheet("plan.csv", withStatus), REVIEW.id);
    expect((await written()).actions.map((action) => action.statuses?.[0]?.status)).toEqual([
      "realisee",
      "en-cours",
      "pas-commencee",
      "abandonnee",
    ]);
  });

  it("reports every problem with its row and column, and then writes nothing", async () => {
    // "Achat" for "Achats" is forgiven, as a plural; "Cuisine" is no chantier.
    const broken = [
      "Chantier;Action;Niveau",
      "Cuisine;Acheter;Réalisation",
      "",
      "Achats;Louer;fini",
      "Achats;;réflexion",
      "Achat;Acheter durable;réalisation",
    ].join("\n");
    const error = await run(await sheet("plan.csv", broken)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlanImportError);
    expect((error as PlanImportError).problems).toEqual([
      `ligne 2, colonne « Chantier » : chantier inconnu « Cuisine » (chantiers : ${CHANTIER_TITLES})`,
      "ligne 4, colonne « Niveau » : stade inconnu « fini » (réalisation, expérimentation ou réflexion)",
      "ligne 5, colonne « Action » : intitulé vide",
    ]);
    expect(await readdir(path.join(projectDir, "_data/plans"))).toEqual([]);
  });

  it("refuses an unknown ministry or review, and a sheet without its columns", async () => {
    const file = await sheet("plan.csv", "Chantier;Intitulé\nAchats;Acheter");
    const error = await importPlan({
      projectDir,
      ministry: "cultur",
      period: "2022",
      file,
      known,
      review: "x",
    }).catch((caught: unknown) => caught);
    expect((error as PlanImportError).problems).toEqual([
      "ministère inconnu « cultur »",
      "bilan inconnu « x »",
      "ligne 1 : colonne « Stade » introuvable",
      "ligne 1 : colonne « Statut » introuvable",
      "la ligne 1 doit porter les noms des colonnes, comme dans le modèle ; elle contient : « Chantier », « Intitulé »",
    ]);
    const columns = await run(file).catch((caught: unknown) => caught);
    expect((columns as PlanImportError).problems).toEqual([
      "ligne 1 : colonne « Stade » introuvable",
      "la ligne 1 doit porter les noms des colonnes, comme dans le modèle ; elle contient : « Chantier », « Intitulé »",
    ]);
  });
});

describe("importPlan, for a plan that follows another", () => {
  const later = (file: string) =>
    importPlan({ projectDir, ministry: previousFixture.ministry, period: "2023-2025", file, known });
  const laterFile = () => path.join(projectDir, `_data/plans/${previousFixture.ministry}-2023-2025.ts`);
  const [continued] = previousFixture.actions;
  const laterSheet = (id: string) =>
    sheet("suite.csv", `Suite de l'action;Chantier;Action;Stade\n${id};Achats;Acheter encore;réalisation\n`);

  it("checks « Suite de l'action » against the ministry's plan of the latest period before", async () => {
    await writeFile(planFile(), planFileText(previousFixture, "plan-2022.csv"));
    // A plan of a later period is not the one this plan follows.
    await writeFile(
      path.join(projectDir, `_data/plans/${previousFixture.ministry}-2026.ts`),
      planFileText({ ...previousFixture, period: "2026", actions: [] }, "plan-2026.csv"),
    );
    await later(await laterSheet(continued!.id));
    const plan = planSchema.parse(await importDataModule(laterFile()));
    expect(plan.actions.map((action) => action.continues)).toEqual([continued!.id]);

    const error = await later(await laterSheet("inconnue")).catch((caught: unknown) => caught);
    expect((error as PlanImportError).problems).toEqual([
      `ligne 2, colonne « Suite de l'action » : action « inconnue » absente du plan ${previousFixture.period} de ce ministère (ses identifiants sont dans la colonne « Identifiant » du tableau de ce plan)`,
    ]);
  });

  it("refuses it when the ministry has no earlier plan, and says which plan it cannot read", async () => {
    const error = await later(await laterSheet(continued!.id)).catch((caught: unknown) => caught);
    expect((error as PlanImportError).problems).toEqual([
      `ligne 2, colonne « Suite de l'action » : action « ${continued!.id} » : ce ministère n'a aucun plan avant 2023-2025 ; videz la cellule`,
    ]);
    await writeFile(planFile(), "export default { ministry: 'culture' };\n");
    const unreadable = await later(await laterSheet(continued!.id)).catch((caught: unknown) => caught);
    expect((unreadable as PlanImportError).problems[0]).toMatch(
      /^_data\/plans\/culture-2022\.ts : ce plan ne se lit pas .*« Suite de l'action »/,
    );
    expect(await readdir(path.join(projectDir, "_data/plans"))).toEqual(["culture-2022.ts"]);
  });
});
