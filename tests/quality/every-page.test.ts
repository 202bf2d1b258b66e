import { beforeAll, describe, expect, inject, it } from "vitest";
import { catalogueUrls } from "../../src/catalogue/urls.ts";
import { type PageWeight, budgetBreaches } from "../../src/weights.ts";
import { browserSession } from "../support/browser.ts";
import {
  type PageVisit,
  READING_CONDITIONS,
  conditionName,
  pageWeights,
  surveyPages,
} from "../support/page-survey.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

/*
 * The checks that every page of the built site must pass in Chromium. Each page is loaded once in
 * each reading condition where it can differ, and each check below reads what those visits
 * recorded; its weight comes from two of them, cache empty on a phone and as a next-page view on a
 * desktop. The checks' own tests (a page that breaks each one) are beside the check, in the file
 * of its concern.
 */

const siteDir = inject("siteDir");
const session = browserSession(siteDir);
let urls: string[];
let visits: PageVisit[];
let weights: PageWeight[];

/** The pages that load a script of their own, and the one each loads. */
const SCRIPT_OF_PAGE: Record<string, string> = {
  "/recherche/": "/js/recherche.js",
  [catalogueUrls.planUpload]: "/js/verser-un-plan.js",
};

beforeAll(async () => {
  urls = await builtPageUrls(siteDir);
  visits = await surveyPages(session.browser, session.origin, urls, async (url) =>
    (await loadPage(siteDir, url)).html(),
  );
  weights = pageWeights(visits);
}, 300_000);

const each = <T>(pick: (visit: PageVisit) => T[]) =>
  visits.flatMap((visit) =>
    pick(visit).map((found) => `${visit.url} (${conditionName(visit.condition)}) : ${String(found)}`),
  );

describe("every page, loaded in Chromium", () => {
  it("is visited in every reading condition where it can differ", () => {
    for (const condition of READING_CONDITIONS.filter((candidate) => candidate.javaScript)) {
      expect(visits.filter((visit) => visit.condition === condition).map((visit) => visit.url)).toEqual(urls);
    }
    // The pages with a script of their own are visited without JavaScript too.
    for (const url of Object.keys(SCRIPT_OF_PAGE)) {
      expect(visits.filter((visit) => visit.url === url)).toHaveLength(READING_CONDITIONS.length);
    }
  });

  it("meets the weight budgets: transfer, requests, DOM size, EcoIndex A, warm view", () => {
    expect(weights.map((weight) => weight.url)).toEqual(urls);
    for (const weight of weights) {
      // Each page's own HTML and the stylesheet were counted, and the stylesheet was cached after.
      expect(weight.transfer.html, weight.url).toBeGreaterThan(0);
      expect(weight.transfer.css, weight.url).toBeGreaterThan(0);
      expect(weight.warmTransfer, weight.url).toBeLessThan(weight.transfer.total - weight.transfer.css);
    }
    expect(weights.flatMap(budgetBreaches)).toEqual([]);
  });

  it.each(READING_CONDITIONS)(
    "does not scroll sideways, at $width px, JavaScript $javaScript",
    (condition) => {
      const scrolling = visits
        .filter((visit) => visit.condition === condition && visit.sidewaysScroll !== 0)
        .map((visit) => `${visit.url} : ${visit.sidewaysScroll} px`);
      expect(scrolling).toEqual([]);
    },
  );

  it("has no accessibility violation (axe-core, WCAG 2.2 A and AA) at 1280 or 320 px", () => {
    expect(each((visit) => visit.accessibilityViolations)).toEqual([]);
  });

  it("sends requests to the site's own origin only", () => {
    expect(each((visit) => visit.foreignRequests)).toEqual([]);
  });

  it("never breaks its Content-Security-Policy", () => {
    expect(each((visit) => visit.policyViolations)).toEqual([]);
  });

  it("loads a script only where the page has its own, and Pagefind's index on none before a search", () => {
    const scripts = visits.map((visit) => ({
      url: visit.url,
      loaded: visit.requestedPaths.filter((path) => path.startsWith("/js/") || path.startsWith("/pagefind/")),
      expected: visit.condition.javaScript && SCRIPT_OF_PAGE[visit.url] ? [SCRIPT_OF_PAGE[visit.url]] : [],
    }));
    expect(scripts.filter((page) => page.loaded.join() !== page.expected.join())).toEqual([]);
  });
});
