import { computeEcoIndex, getEcoIndexGrade } from "ecoindex";
import type { Browser, Page, Request } from "playwright-core";
import type { PageWeight } from "../weights.ts";
import { asksForIcons } from "./chromium.ts";
import { inParallel } from "./in-parallel.ts";

/*
 * What a page weighs, measured in Chromium: bytes by kind, requests, DOM elements and EcoIndex,
 * cache empty and warm. The budgets it must meet, and its breaches of them, are in ../weights.ts.
 */

const QUIET_MILLISECONDS = 100;
const ICON_TIMEOUT_MILLISECONDS = 10_000;

export interface Loaded {
  requests: Request[];
  bytes: Map<Request, number>;
  domElements: number;
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Asks for the icon as a browser does after `load`, through the tab's own cache. */
const askForIcon = (page: Page, icon: string) =>
  page.evaluate(async (href) => {
    await (await fetch(href)).arrayBuffer();
  }, icon);

/** Loads `url` in a tab, counting the requests of that load only. */
export async function load(page: Page, url: string): Promise<Loaded> {
  const requests: Request[] = [];
  const bytes = new Map<Request, number>();
  const pending: Promise<void>[] = [];
  const settledUrls = new Set<string>();
  let inFlight = 0;
  let lastActivity = Date.now();
  const onRequest = () => {
    inFlight += 1;
    lastActivity = Date.now();
  };
  const onRequestSettled = (request: Request) => {
    inFlight -= 1;
    lastActivity = Date.now();
    settledUrls.add(request.url());
  };
  const onRequestFinished = (request: Request) => {
    onRequestSettled(request);
    requests.push(request);
    pending.push(
      request
        .sizes()
        .then((sizes) => void bytes.set(request, sizes.responseHeadersSize + sizes.responseBodySize)),
    );
  };
  page.on("request", onRequest);
  page.on("requestfailed", onRequestSettled);
  page.on("requestfinished", onRequestFinished);
  await page.goto(url, { waitUntil: "load" });
  // A reader's browser asks for the icon after `load`, later still on a busy machine, and the
  // headless shell never does (it is asked for in its place): wait for it by name, then for 100 ms
  // without any request, so that every page's count includes it.
  const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href);
  const browser = page.context().browser();
  if (icon && browser && !asksForIcons(browser)) await askForIcon(page, icon);
  const iconDeadline = Date.now() + ICON_TIMEOUT_MILLISECONDS;
  while (icon && !settledUrls.has(icon)) {
    if (Date.now() > iconDeadline)
      throw new Error(`${url} : l'icône ${icon} n'a pas été chargée en ${ICON_TIMEOUT_MILLISECONDS} ms`);
    await pause(20);
  }
  while (inFlight > 0 || Date.now() - lastActivity < QUIET_MILLISECONDS) await pause(20);
  const domElements = await page.evaluate(() => document.getElementsByTagName("*").length);
  // A request that finished after this point would ask for its sizes from a closed page.
  page.off("request", onRequest);
  page.off("requestfailed", onRequestSettled);
  page.off("requestfinished", onRequestFinished);
  await Promise.all(pending);
  return { requests, bytes, domElements };
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** A load with an empty cache, in a browser context of its own: a kept tab would serve the
 * stylesheet from its memory, whatever its HTTP cache says. */
async function coldLoad(browser: Browser, url: string): Promise<Loaded> {
  const context = await browser.newContext();
  try {
    return await load(await context.newPage(), url);
  } finally {
    await context.close();
  }
}

/** A tab for next-page views, kept from load to load as a reader's tab is. */
async function warmTab(browser: Browser, origin: string, warmUpUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await load(page, `${origin}${warmUpUrl}`);
  return page;
}

const closeTab = (page: Page) => page.context().close();

/**
 * Loads a page in Chromium with an empty cache, then again after another page of the site has
 * filled the cache, and computes its EcoIndex from cnumr's reference quantiles.
 */
export async function measurePage(
  browser: Browser,
  origin: string,
  url: string,
  warmUpUrl: string,
): Promise<PageWeight> {
  const cold = await coldLoad(browser, `${origin}${url}`);
  const tab = await warmTab(browser, origin, warmUpUrl);
  const warm = await load(tab, `${origin}${url}`);
  await closeTab(tab);
  return weightOf(url, cold, warm);
}

const HOME = "/";

/* Shares measured at once: Chromium spends much of a load waiting, for the icon above all. */
const PARALLEL_LOADS = 2;

/**
 * Every page of a site, as `measurePage` measures one, in shares measured side by side. A
 * share's next-page views are made in one tab, which the home page warmed first and where each
 * page of the share is visited once: the cache holds what the home page left (the stylesheet, the
 * icon) and the HTML of the share's other pages, which no page loads but its own. The home page
 * itself is measured after a visit to another page.
 */
export async function measurePages(
  browser: Browser,
  origin: string,
  urls: string[],
  { parallelLoads = PARALLEL_LOADS } = {},
): Promise<PageWeight[]> {
  const others = urls.filter((candidate) => candidate !== HOME);
  const shares = Array.from({ length: parallelLoads }, (_, share) =>
    others.filter((_, index) => index % parallelLoads === share),
  );
  const weights = new Map<string, PageWeight>();
  await inParallel(shares, parallelLoads, async (share) => {
    const tab = await warmTab(browser, origin, HOME);
    for (const url of share) {
      const cold = await coldLoad(browser, `${origin}${url}`);
      weights.set(url, weightOf(url, cold, await load(tab, `${origin}${url}`)));
    }
    await closeTab(tab);
  });
  const otherPage = urls.find((url) => url !== HOME);
  if (urls.includes(HOME) && otherPage)
    weights.set(HOME, await measurePage(browser, origin, HOME, otherPage));
  return urls.flatMap((url) => weights.get(url) ?? []);
}

/** A page's weight, from a load with an empty cache and a next-page view. */
export function weightOf(url: string, cold: Loaded, warm: Loaded): PageWeight {
  const ofType = (types: string[]) =>
    sum(cold.requests.filter((r) => types.includes(r.resourceType())).map((r) => cold.bytes.get(r) ?? 0));
  const total = sum(cold.bytes.values());
  const html = ofType(["document"]);
  const css = ofType(["stylesheet"]);
  const score = computeEcoIndex(cold.domElements, cold.requests.length, total / 1024);
  return {
    url,
    transfer: { html, css, other: total - html - css, total },
    requests: cold.requests.length,
    domElements: cold.domElements,
    ecoIndexScore: Math.round(score * 10) / 10,
    ecoIndexGrade: getEcoIndexGrade(score) || "?",
    warmTransfer: sum(warm.bytes.values()),
  };
}
