import type { PlanActionView, PlanView } from "../catalogue/plans.ts";
import { STATUS_IDS, STATUS_LABELS } from "../catalogue/schema.ts";
import { SPREADSHEET_FORMATS, type SpreadsheetFormat, catalogueUrls } from "../catalogue/urls.ts";
import type { Catalogue } from "../catalogue/views.ts";
import { COLUMNS, EXAMPLE_TITLE_START } from "./columns.ts";
import {
  SHEETS,
  type Spreadsheet,
  type SpreadsheetRow,
  spreadsheetCsv,
  spreadsheetXlsx,
} from "./spreadsheet.ts";

/*
 * The spreadsheets the site publishes: the template a ministry fills in with its plan, and each
 * published plan in the same columns, to download, correct and give back. Each file is made once
 * for its address and for the size its download link gives.
 */

export type SpreadsheetCatalogue = Pick<Catalogue, "publication" | "chantiers" | "stages" | "ministries">;

/** A file to download, as its link describes it. */
export interface SpreadsheetDownload {
  title: string;
  url: string;
  format: string;
  bytes: number;
}

/** The example action of the template: which chantier, stage and status it shows. */
const EXAMPLE = { chantier: "achats", stage: "experimentation", status: "en-cours" } as const;

function listsOf(catalogue: SpreadsheetCatalogue): Spreadsheet["lists"] {
  return {
    chantier: catalogue.chantiers.map((chantier) => chantier.title),
    stage: catalogue.stages.map((stage) => stage.label),
    status: STATUS_IDS.map((id) => STATUS_LABELS[id]),
  };
}

/** What both kinds of spreadsheet say of their lists and of where they go back. */
function commonGuide(): string[] {
  const listed = [COLUMNS.chantier, COLUMNS.stage, COLUMNS.status].map(({ header }) => `« ${header} »`);
  return [
    `Les colonnes ${listed.join(", ")} se remplissent par leur liste déroulante ; la feuille ` +
      `« ${SHEETS.lists} » en donne les valeurs : ne la modifiez pas.`,
    "Une fois rempli, enregistrez le tableau (en .xlsx ou en .csv) et déposez-le sur la page " +
      "« Verser un plan » du site : elle le vérifie et signale chaque erreur avec sa ligne et sa colonne.",
  ];
}

/** How a plan says which actions of the ministry's previous plan it carries on. */
function continuesGuide(): string {
  return (
    `Pour un plan qui suit un précédent plan du ministère, donnez dans la colonne « ${COLUMNS.continues.header} » ` +
    "l'identifiant de l'action de ce plan que chaque action poursuit : la page du ministère offre ce plan " +
    `en tableau, avec sa colonne « ${COLUMNS.id.header} ». Laissez-la vide pour une action nouvelle.`
  );
}

/** An action nobody would publish as it is: it says it is an example. */
function exampleRow(catalogue: SpreadsheetCatalogue): SpreadsheetRow {
  const chantier = catalogue.chantiers.find(({ id }) => id === EXAMPLE.chantier) ?? catalogue.chantiers[0];
  return {
    chantier: chantier?.title,
    action: `${EXAMPLE_TITLE_START} acheter des ordinateurs reconditionnés (ligne à remplacer par vos actions)`,
    stage: catalogue.stages.find(({ id }) => id === EXAMPLE.stage)?.label,
    status: STATUS_LABELS[EXAMPLE.status],
    indicator: "Part des ordinateurs achetés reconditionnés",
    unit: "%",
    target: 30,
    comment: "Ligne d'exemple : effacez-la avant de verser le tableau.",
    identifiedOn: catalogue.publication.publishedOn,
  };
}

export function templateSpreadsheet(catalogue: SpreadsheetCatalogue): Spreadsheet {
  return {
    title: "Modèle de plan d'action numérique responsable",
    author: catalogue.publication.publisher,
    date: catalogue.publication.publishedOn,
    rows: [exampleRow(catalogue)],
    lists: listsOf(catalogue),
    guide: [
      "Une action par ligne, sous la première ligne : gardez celle-ci telle quelle, le site y lit le nom des colonnes.",
      "La ligne 2 est un exemple : remplacez-la par vos actions, ou effacez-la.",
      `Laissez la colonne « ${COLUMNS.id.header} » vide : le site donne son identifiant à chaque nouvelle action.`,
      continuesGuide(),
      ...commonGuide(),
    ],
  };
}

function planRow(action: PlanActionView, chantierTitles: Map<string, string>): SpreadsheetRow {
  return {
    id: action.id,
    continues: action.continues,
    chantier: chantierTitles.get(action.chantier) ?? action.chantier,
    // As the plan's file writes it, emphasis and links in Markdown: given back, it stays the same.
    action: action.title,
    stage: action.stageLabel,
    status: action.latestStatus?.label,
    indicator: action.indicator?.label,
    unit: action.indicator?.unit,
    target: action.indicator?.target,
    comment: action.note,
    identifiedOn: action.identifiedOn,
    completedOn: action.completedOn,
  };
}

export function planSpreadsheet(catalogue: SpreadsheetCatalogue, plan: PlanView): Spreadsheet {
  const ministry = catalogue.ministries.find(({ id }) => id === plan.ministry)?.name ?? plan.ministry;
  const chantierTitles = new Map(catalogue.chantiers.map(({ id, title }) => [id, title]));
  return {
    title: `${ministry} : plan d'action ${plan.period}`,
    author: catalogue.publication.publisher,
    date: catalogue.publication.publishedOn,
    rows: plan.actions.map((action) => planRow(action, chantierTitles)),
    lists: listsOf(catalogue),
    guide: [
      `Ce tableau est le plan ${plan.period} de : ${ministry}, tel que le site le publie. ` +
        `La colonne « ${COLUMNS.status.header} » donne le statut de chaque action au dernier bilan.`,
      `Gardez la colonne « ${COLUMNS.id.header} » telle quelle : elle relie chaque ligne à l'action publiée. ` +
        "Une nouvelle action s'ajoute sur une ligne vide, sans identifiant.",
      `Pour préparer à partir de ce tableau le plan qui suit celui-ci, copiez la colonne « ${COLUMNS.id.header} » ` +
        `dans la colonne « ${COLUMNS.continues.header} » pour chaque action qui se poursuit, videz la colonne ` +
        `« ${COLUMNS.status.header} », et versez-le pour la nouvelle période.`,
      ...commonGuide(),
    ],
  };
}

/** The files already made, by address, with what they were made from. */
const made = new Map<string, { source: string; bytes: Promise<Uint8Array> }>();

/** The file, made again only when what it is made from changed (the dev server rebuilds often). */
function fileOf(url: string, spreadsheet: Spreadsheet, format: SpreadsheetFormat): Promise<Uint8Array> {
  const source = JSON.stringify(spreadsheet);
  const known = made.get(url);
  if (known?.source === source) return known.bytes;
  const bytes =
    format === "xlsx"
      ? spreadsheetXlsx(spreadsheet)
      : Promise.resolve(new TextEncoder().encode(spreadsheetCsv(spreadsheet.rows)));
  made.set(url, { source, bytes });
  // A failed file is made again at the next build, not remembered as failed.
  bytes.catch(() => {
    if (made.get(url)?.bytes === bytes) made.delete(url);
  });
  return bytes;
}

export function templateSpreadsheetFile(
  catalogue: SpreadsheetCatalogue,
  format: SpreadsheetFormat,
): Promise<Uint8Array> {
  return fileOf(catalogueUrls.planTemplate(format), templateSpreadsheet(catalogue), format);
}

export function planSpreadsheetFile(
  catalogue: SpreadsheetCatalogue,
  plan: PlanView,
  format: SpreadsheetFormat,
): Promise<Uint8Array> {
  const url = catalogueUrls.planSpreadsheet(plan.ministry, plan.period, format);
  return fileOf(url, planSpreadsheet(catalogue, plan), format);
}

const LINK_TITLES: Record<"template" | "plan", Record<SpreadsheetFormat, string>> = {
  template: { xlsx: "Télécharger le modèle de tableau", csv: "Télécharger le modèle en CSV" },
  plan: { xlsx: "Télécharger ce plan en tableau", csv: "Télécharger ce plan en CSV" },
};

/** Every spreadsheet's download links: the template's, and each plan's by ministry and period. */
export interface SpreadsheetDownloads {
  template: SpreadsheetDownload[];
  plans: Record<string, Record<string, SpreadsheetDownload[]>>;
}

async function downloadsOf(
  kind: keyof typeof LINK_TITLES,
  urlOf: (format: SpreadsheetFormat) => string,
  fileOfFormat: (format: SpreadsheetFormat) => Promise<Uint8Array>,
): Promise<SpreadsheetDownload[]> {
  return Promise.all(
    SPREADSHEET_FORMATS.map(async (format) => ({
      title: LINK_TITLES[kind][format],
      url: urlOf(format),
      format: format.toUpperCase(),
      bytes: (await fileOfFormat(format)).byteLength,
    })),
  );
}

/** The download links of every spreadsheet the site publishes, each with its file's exact size. */
export async function spreadsheetDownloads(catalogue: SpreadsheetCatalogue): Promise<SpreadsheetDownloads> {
  const template = await downloadsOf("template", catalogueUrls.planTemplate, (format) =>
    templateSpreadsheetFile(catalogue, format),
  );
  const plans: SpreadsheetDownloads["plans"] = {};
  for (const ministry of catalogue.ministries) {
    for (const plan of ministry.plans) {
      const byPeriod = (plans[plan.ministry] ??= {});
      byPeriod[plan.period] = await downloadsOf(
        "plan",
        (format) => catalogueUrls.planSpreadsheet(plan.ministry, plan.period, format),
        (format) => planSpreadsheetFile(catalogue, plan, format),
      );
    }
  }
  return { template, plans };
}
