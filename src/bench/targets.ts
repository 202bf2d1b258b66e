/*
 * Every threshold the benches judge by, in one place (docs/performance.md says why each one).
 * The pages' weight budgets are not here: the tests enforce them, from src/weights.ts.
 */

/**
 * `npm run bench:build`: the guard against build regressions, search included, against a bare
 * Eleventy of the same pages. The floor, every layout stripped, measured 2.76 × the time and
 * 1.81 × the memory at 4,000 pages; the site as it is, 3.9 to 4.05 × and 2.6 to 2.8 ×.
 */
export const BUILD_GUARD = { pages: 4000, timeRatio: 4.5, memoryRatio: 3 };

/** `npm run bench:dev`: seconds from a save to the page shown again in the browser. */
export const DEV_TARGETS = { page: 0.5, data: 1 };

/** `npm run bench:navigation`: seconds to build the navigation tree, one branch holding 8,000 pages. */
export const NAVIGATION_TARGET = { pages: 8000, seconds: 1 };
