import { DOCUMENT_PAGE_SEGMENT } from "../urls.ts";

/** Where each catalogue page and file is published: the templates' permalinks come from here. */
const PUBLICATION = "/plans-action";

/** The formats a plan's spreadsheet is published in. */
export const SPREADSHEET_FORMATS = ["xlsx", "csv"] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

export const catalogueUrls = {
  actions: `${PUBLICATION}/les-actions/`,
  chantier: (id: string) => `${PUBLICATION}/les-actions/${id}/`,
  stage: (id: string) => `${PUBLICATION}/stades/${id}/`,
  ministries: `${PUBLICATION}/ministeres/`,
  ministry: (id: string) => `${PUBLICATION}/ministeres/${id}/`,
  /** A part of a plan: its actions in one chantier, page by page. */
  planChantier: (ministry: string, period: string, chantier: string, page = 1) =>
    `${PUBLICATION}/ministeres/${ministry}/${period}/${chantier}/${page > 1 ? `page-${page}/` : ""}`,
  /** A ministry's Atom feed: its plans, their reviews and their change notes. */
  ministryFeed: (id: string) => `${PUBLICATION}/ministeres/${id}/atom.xml`,
  /** A whole plan on one page, to read, print or save as a PDF. */
  planDocument: (ministry: string, period: string) =>
    `${PUBLICATION}/ministeres/${ministry}/${period}/${DOCUMENT_PAGE_SEGMENT}/`,
  /** The publication's pages on one page, in the order of its menu. */
  publicationDocument: `${PUBLICATION}/${DOCUMENT_PAGE_SEGMENT}/`,
  /** The PDF of a document page: a file beside it, named after it. */
  documentPdf: (documentUrl: string, name: string) => `${documentUrl}${name}.pdf`,
  json: `${PUBLICATION}/donnees/actions.json`,
  csv: `${PUBLICATION}/donnees/actions.csv`,
  planCsv: `${PUBLICATION}/donnees/actions-des-plans.csv`,
  jsonSchema: `${PUBLICATION}/donnees/actions.schema.json`,
  /** The spreadsheet a ministry fills in with its plan. */
  planTemplate: (format: SpreadsheetFormat) => `${PUBLICATION}/donnees/modele-plan.${format}`,
  /** A published plan, in the template's columns. */
  planSpreadsheet: (ministry: string, period: string, format: SpreadsheetFormat) =>
    `${PUBLICATION}/donnees/plans/${ministry}-${period}.${format}`,
  /** A published plan's data, as its file holds it: « Verser un plan » keeps its ids. */
  planJson: (ministry: string, period: string) => `${PUBLICATION}/donnees/plans/${ministry}-${period}.json`,
  /** The référents' page that turns a spreadsheet into a plan file. */
  planUpload: "/contribuer/verser-un-plan/",
};

/** The ids of the pages' sections and entries, which the addresses above reach after `#`. */
export const catalogueAnchors = {
  /** An action's entry in a list: an example's on its chantier page, a plan action's on its plan's. */
  action: (id: string) => `action-${id}`,
  /** A stage's section on a chantier page. */
  stage: (id: string) => `stade-${id}`,
  /** A plan's section on its ministry's page. */
  plan: (period: string) => `plan-${period}`,
  /** A chantier of a plan, in that section. */
  planChantier: (period: string, chantierId: string) => `plan-${period}-${chantierId}`,
};
