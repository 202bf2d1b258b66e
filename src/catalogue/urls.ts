/** Where each catalogue page and file is published: the templates' permalinks come from here. */
const PUBLICATION = "/plans-action";

export const catalogueUrls = {
  actions: `${PUBLICATION}/les-actions/`,
  chantier: (id: string) => `${PUBLICATION}/les-actions/${id}/`,
  stage: (id: string) => `${PUBLICATION}/stades/${id}/`,
  ministries: `${PUBLICATION}/ministeres/`,
  ministry: (id: string) => `${PUBLICATION}/ministeres/${id}/`,
  /** A part of a plan: its actions in one chantier, page by page. */
  planChantier: (ministry: string, period: string, chantier: string, page = 1) =>
    `${PUBLICATION}/ministeres/${ministry}/${period}/${chantier}/${page > 1 ? `page-${page}/` : ""}`,
  json: `${PUBLICATION}/donnees/actions.json`,
  csv: `${PUBLICATION}/donnees/actions.csv`,
  planCsv: `${PUBLICATION}/donnees/actions-des-plans.csv`,
  jsonSchema: `${PUBLICATION}/donnees/actions.schema.json`,
};
