/*
 * The pages' weight: the budgets every page must meet (see docs/performance.md) and the shape of a
 * page's measurements, shared by the bench that measures them and the eco-design declaration
 * that publishes them. A kB is 1,000 bytes.
 */

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

/** The budgets one page must meet. */
export const budgetsFor = (url: string): typeof WEIGHT_BUDGETS => ({
  ...WEIGHT_BUDGETS,
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
  pages: PageWeight[];
}
