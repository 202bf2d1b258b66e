import axe from "axe-core";
import type { Browser, Page, Request } from "playwright-core";
import { inParallel } from "../../src/measure/in-parallel.ts";
import { type Loaded, load, weightOf } from "../../src/measure/page-weight.ts";
import type { PageWeight } from "../../src/weights.ts";
import { horizontalOverflow } from "./browser.ts";

/*
 * One visit of every page in Chromium, in each reading condition, records all that the checks of
 * every page need: a page is loaded once per condition, not once per check.
 */

/** How readers read: a desktop and a 2014 phone, with JavaScript on and off. */
export const READING_CONDITIONS = [
  { width: 1280, javaScript: true },
  { width: 1280, javaScript: false },
  { width: 320, javaScript: true },
  { width: 320, javaScript: false },
] as const;

export type ReadingCondition = (typeof READING_CONDITIONS)[number];

/** Where axe-core checks every page first: a desktop, JavaScript on, as most readers read. */
export const AXE_CONDITION: ReadingCondition = READING_CONDITIONS[0];

/** Every width axe-core checks every page at, JavaScript on: a desktop and a 2014 phone. */
export const AXE_CONDITIONS: readonly ReadingCondition[] = [READING_CONDITIONS[0], READING_CONDITIONS[2]];

/** WCAG 2.2's levels A and AA, as axe-core tags its rules (2.2 adds its own to 2.0's and 2.1's). */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// No rule is disabled. A rule may be, only with the reason written here beside it.
const DISABLED_RULES: Record<string, string> = {};

declare global {
  interface Window {
    axe: typeof axe;
    policyViolations: string[];
  }
}

export interface PageVisit {
  url: string;
  condition: ReadingCondition;
  /** The requests of its load, with their sizes, and its DOM's size. */
  loaded: Loaded;
  /** How far the page, or a box inside it, scrolls sideways. */
  sidewaysScroll: number;
  /** Requests outside the site's origin. */
  foreignRequests: string[];
  /** The paths the page asked the site for while it loaded. */
  requestedPaths: string[];
  /** What the page's Content-Security-Policy blocked. */
  policyViolations: string[];
  /** axe-core's WCAG 2.2 A and AA violations, in `AXE_CONDITIONS` only. */
  accessibilityViolations: string[];
}

/** The WCAG 2.2 A and AA violations axe-core finds on a page, one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Run through the DevTools protocol, not as a <script>: the page's policy forbids inline code.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const rules = Object.fromEntries(Object.keys(DISABLED_RULES).map((rule) => [rule, { enabled: false }]));
  const results = await page.evaluate(
    ({ tags, rules }) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, rules }),
    { tags: WCAG_22_AA, rules },
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}) : ${violation.help} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** Records the requests a page makes outside `origin`, stopping them. */
export async function stopForeignRequests(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

/** Records, in the page, what its Content-Security-Policy blocks; read it with `policyViolations`. */
export async function watchPolicyViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.policyViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.policyViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

export function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.policyViolations);
}

/** Where each page is weighed with its cache empty: on a 2014 phone, by a reader arriving from elsewhere. */
const WEIGHT_CONDITION: ReadingCondition = READING_CONDITIONS[2];

/*
 * Where its next-page view is weighed: in the tabs of `AXE_CONDITION`, kept from page to page as
 * a reader's tab is, each page visited once in a tab. Before its first page, a tab opens an
 * address that no page has: the site's 404 page loads what every page loads.
 */
const WARM_UP_PATH = "/avant-la-premiere-page/";

async function openTab(browser: Browser, condition: ReadingCondition): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: condition.width, height: 800 },
    javaScriptEnabled: condition.javaScript,
  });
  const page = await context.newPage();
  await watchPolicyViolations(page);
  // Given to each page as it opens, where axe-core will run: faster than evaluating it after.
  if (condition === AXE_CONDITION) await context.addInitScript({ content: axe.source });
  return page;
}

/** Opens a page in a tab, recording what the page requested and what its policy blocked. */
async function visit(
  page: Page,
  origin: string,
  url: string,
  condition: ReadingCondition,
): Promise<PageVisit> {
  // Watched, not intercepted: interception would slow every page by a third. The machine that
  // runs the tests reaches no other site, and `stopForeignRequests` is the check's own test.
  const foreignRequests: string[] = [];
  const requestedPaths: string[] = [];
  const onRequest = (request: Request) => {
    const address = new URL(request.url());
    if (address.origin === origin) requestedPaths.push(address.pathname);
    else foreignRequests.push(address.href);
  };
  page.on("request", onRequest);
  const loaded = await load(page, `${origin}${url}`);
  page.off("request", onRequest);
  return {
    url,
    condition,
    loaded,
    sidewaysScroll: await horizontalOverflow(page),
    foreignRequests,
    requestedPaths,
    policyViolations: condition.javaScript ? await policyViolations(page) : [],
    // After the load is measured: axe-core's own work is not the page's.
    accessibilityViolations: AXE_CONDITIONS.includes(condition) ? await accessibilityViolations(page) : [],
  };
}

interface SurveyTab {
  visit(url: string): Promise<PageVisit>;
  close(): Promise<void>;
}

/** A tab kept from page to page, or, where pages are weighed cold, a new one for each page. */
async function surveyTab(browser: Browser, origin: string, condition: ReadingCondition): Promise<SurveyTab> {
  if (condition === WEIGHT_CONDITION) {
    return {
      visit: async (url) => {
        const page = await openTab(browser, condition);
        try {
          return await visit(page, origin, url, condition);
        } finally {
          await page.context().close();
        }
      },
      close: () => Promise.resolve(),
    };
  }
  const page = await openTab(browser, condition);
  if (condition === AXE_CONDITION) await load(page, `${origin}${WARM_UP_PATH}`);
  return { visit: (url) => visit(page, origin, url, condition), close: () => page.context().close() };
}

/** Each page's weight: cold from its visit in `WEIGHT_CONDITION`, warm from its visit in `AXE_CONDITION`. */
export function pageWeights(visits: PageVisit[]): PageWeight[] {
  const warm = new Map(
    visits.filter((found) => found.condition === AXE_CONDITION).map((found) => [found.url, found.loaded]),
  );
  return visits
    .filter((found) => found.condition === WEIGHT_CONDITION)
    .flatMap((cold) => {
      const next = warm.get(cold.url);
      return next ? [weightOf(cold.url, cold.loaded, next)] : [];
    });
}

/* Tabs at work at once: Chromium spends part of each load waiting, and the machine has two cores. */
const TABS = 4;

/*
 * Without JavaScript, a page with no <noscript> and no script that runs is the very document it is
 * with JavaScript: such a page is visited in the conditions with JavaScript only. A data block
 * (`<script type="application/ld+json">`) does not run.
 */
export const changesWithoutJavaScript = (html: string) =>
  /<noscript[\s>]/i.test(html) ||
  [...html.matchAll(/<script\b([^>]*)>/gi)].some(
    ([, attributes = ""]) => !/(^|\s)type=["']?application\/(ld\+)?json/i.test(attributes),
  );

/** Every page visited in every reading condition where it can differ; `htmlOf` reads a page's HTML. */
export async function surveyPages(
  browser: Browser,
  origin: string,
  urls: string[],
  htmlOf: (url: string) => Promise<string>,
): Promise<PageVisit[]> {
  const scripted = new Set<string>();
  for (const url of urls) if (changesWithoutJavaScript(await htmlOf(url))) scripted.add(url);
  const visits = READING_CONDITIONS.flatMap((condition) =>
    urls.filter((url) => condition.javaScript || scripted.has(url)).map((url) => ({ url, condition })),
  );
  const tabs = new Map<ReadingCondition, SurveyTab[]>();
  const idle = async (condition: ReadingCondition) => {
    const free = tabs.get(condition) ?? [];
    tabs.set(condition, free);
    return free.pop() ?? (await surveyTab(browser, origin, condition));
  };
  try {
    return await inParallel(visits, TABS, async ({ url, condition }) => {
      const tab = await idle(condition);
      try {
        return await tab.visit(url);
      } finally {
        tabs.get(condition)?.push(tab);
      }
    });
  } finally {
    await Promise.all([...tabs.values()].flat().map((tab) => tab.close()));
  }
}

/** A visit's reading condition, as a test names it. */
export const conditionName = ({ width, javaScript }: ReadingCondition) =>
  `${width} px, JavaScript ${javaScript ? "activé" : "désactivé"}`;
