import { isDocumentPage } from "../urls.ts";
import { frenchNumber } from "./numbers.ts";
import { type PageWeight, type WeightMeasures, ecoIndexGradeAbove } from "../weights.ts";

/** Where the eco-design declaration publishes every page's measurements. */
export const WEIGHTS_FILE_URL = "/ecoconception/mesures.json";

export interface WeightSummaryRow {
  measure: string;
  budget: string;
  best: number;
  worst: number;
  /** The page with the worst value. */
  worstUrl: string;
}

function summaryRow(
  pages: PageWeight[],
  measure: string,
  budget: string,
  value: (page: PageWeight) => number,
  higherIsBetter = false,
): WeightSummaryRow {
  const sorted = [...pages].sort((a, b) => (higherIsBetter ? value(b) - value(a) : value(a) - value(b)));
  const [best, worst] = [sorted[0], sorted.at(-1)];
  if (!best || !worst) throw new Error("_data/weights.json : champ « pages » : aucune mesure");
  return { measure, budget, best: value(best), worst: value(worst), worstUrl: worst.url };
}

/**
 * The site's measurements, one row a measure: its budget, the best and the worst page. A table of
 * every page would grow with the site until the declaration broke its own element budget; every
 * page's figures are published as a file instead.
 */
export function weightSummary(
  weights: WeightMeasures,
  kind: "reading" | "document" = "reading",
): WeightSummaryRow[] {
  const budgets = kind === "document" ? { ...weights.budgets, ...weights.documentBudgets } : weights.budgets;
  // The readers' pages, or the document pages, which have budgets of their own; a contributors'
  // tool has its own too (see `toolWeights`).
  const pages = weights.pages.filter(
    (page) => !(page.url in weights.toolBudgets) && isDocumentPage(page.url) === (kind === "document"),
  );
  // A site without document pages has no figures for them; the readers' pages are always measured.
  if (kind === "document" && !pages.length) return [];
  const kilobytes = (bytes: number) => Math.round(bytes / 100) / 10;
  return [
    summaryRow(
      pages,
      "Poids transféré, cache vide (ko)",
      `${kilobytes(budgets.transferBytes)} au plus`,
      (page) => kilobytes(page.transfer.total),
    ),
    summaryRow(pages, "Requêtes", `${budgets.requests} au plus`, (page) => page.requests),
    summaryRow(
      pages,
      "Éléments de la page (DOM)",
      `${frenchNumber(budgets.domElements)} au plus`,
      (page) => page.domElements,
    ),
    summaryRow(
      pages,
      "EcoIndex",
      `plus de ${budgets.ecoIndexScore} (${ecoIndexGradeAbove(budgets.ecoIndexScore)})`,
      (page) => page.ecoIndexScore,
      true,
    ),
    summaryRow(
      pages,
      "Poids transféré, page suivante (ko)",
      `${kilobytes(budgets.warmTransferBytes)} au plus`,
      (page) => kilobytes(page.warmTransfer),
    ),
  ];
}

/** Each contributors' tool page: what it transfers, against its own budget. */
export function toolWeights(weights: WeightMeasures): { url: string; kilobytes: number; budget: number }[] {
  return weights.pages.flatMap((page) => {
    const budget = weights.toolBudgets[page.url]?.transferBytes;
    return budget === undefined
      ? []
      : [{ url: page.url, kilobytes: Math.round(page.transfer.total / 100) / 10, budget: budget / 1000 }];
  });
}
