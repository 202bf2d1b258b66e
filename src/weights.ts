/*
 * The pages' weight: the budgets every page must meet (see docs/performance.md), the shape of a
 * page's measurements and what breaks a budget, shared by the bench and the tests that measure
 * them (src/measure/page-weight.ts) and the eco-design declaration that publishes them. A kB is
 * 1,000 bytes.
 */

import { isDocumentPage } from "./urls.ts";

export const WEIGHT_BUDGETS = {
  transferBytes: 80_000,
  requests: 6,
  domElements: 400,
  ecoIndexScore: 80,
  warmTransferBytes: 15_000,
};

/**
 * Contributors' tools, whose script readers never load, with budgets of their own: « Verser un
 * plan » reads spreadsheets in the browser. Every other page keeps the budgets above.
 */
export const TOOL_PAGE_BUDGETS: Record<string, Partial<typeof WEIGHT_BUDGETS>> = {
  "/contribuer/verser-un-plan/": { transferBytes: 150_000, warmTransferBytes: 150_000 },
};

/**
 * Document pages (a whole plan, or the publication, on one page, which a reader opens to print or
 * save it): sized for a plan of 1,000 actions, about 7 elements an action (measured in
 * docs/performance.md). Every other budget is the readers' pages'.
 */
export const DOCUMENT_PAGE_BUDGETS: Partial<typeof WEIGHT_BUDGETS> = {
  transferBytes: 150_000,
  domElements: 8_000,
  ecoIndexScore: 40,
  warmTransferBytes: 130_000,
};

/** The budgets one page must meet. */
export const budgetsFor = (url: string): typeof WEIGHT_BUDGETS => ({
  ...WEIGHT_BUDGETS,
  ...(isDocumentPage(url) ? DOCUMENT_PAGE_BUDGETS : {}),
  ...TOOL_PAGE_BUDGETS[url],
});

export interface PageWeight {
  url: string;
  /** Bytes on the wire (headers and compressed bodies), by kind of resource, cold cache. */
  transfer: { html: number; css: number; other: number; total: number };
  requests: number;
  domElements: number;
  ecoIndexScore: number;
  ecoIndexGrade: string;
  /** Bytes on the wire when the stylesheet and icons are already cached. */
  warmTransfer: number;
}

/** What `npm run bench:weight -- --write` records in `_data/weights.json`. */
export interface WeightMeasures {
  budgets: typeof WEIGHT_BUDGETS;
  toolBudgets: typeof TOOL_PAGE_BUDGETS;
  documentBudgets: typeof DOCUMENT_PAGE_BUDGETS;
  pages: PageWeight[];
}

/** Where `npm run bench:weight -- --write` records the measurements, the only file it writes. */
export const WEIGHTS_DATA_FILE = "_data/weights.json";

/** The measurements as recorded: every page, and the budgets they were measured against. */
export const weightMeasures = (pages: PageWeight[]): WeightMeasures => ({
  budgets: WEIGHT_BUDGETS,
  toolBudgets: TOOL_PAGE_BUDGETS,
  documentBudgets: DOCUMENT_PAGE_BUDGETS,
  pages,
});

/** EcoIndex's grade for the scores above `score`: its grades start above 80, 70, 55, 40, 25, 10. */
export function ecoIndexGradeAbove(score: number): string {
  const bounds: [number, string][] = [
    [80, "A"],
    [70, "B"],
    [55, "C"],
    [40, "D"],
    [25, "E"],
    [10, "F"],
  ];
  return bounds.find(([bound]) => score >= bound)?.[1] ?? "G";
}

/** What a page breaks of its budgets, one line each; empty when it meets them all. */
export function budgetBreaches(weight: PageWeight): string[] {
  const breaches: string[] = [];
  const budget = budgetsFor(weight.url);
  if (weight.transfer.total > budget.transferBytes)
    breaches.push(
      `${weight.url} : ${weight.transfer.total} octets transférés (budget ${budget.transferBytes})`,
    );
  if (weight.requests > budget.requests)
    breaches.push(`${weight.url} : ${weight.requests} requêtes (budget ${budget.requests})`);
  if (weight.domElements > budget.domElements)
    breaches.push(
      `${weight.url} : ${weight.domElements} éléments dans le DOM (budget ${budget.domElements})`,
    );
  if (!(weight.ecoIndexScore > budget.ecoIndexScore))
    breaches.push(
      `${weight.url} : EcoIndex ${weight.ecoIndexScore} (${weight.ecoIndexGrade}), ` +
        `il faut plus de ${budget.ecoIndexScore} (${ecoIndexGradeAbove(budget.ecoIndexScore)})`,
    );
  if (weight.warmTransfer > budget.warmTransferBytes)
    breaches.push(
      `${weight.url} : ${weight.warmTransfer} octets en visite suivante (budget ${budget.warmTransferBytes})`,
    );
  return breaches;
}
