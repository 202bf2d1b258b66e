import { computeEcoIndex, getEcoIndexGrade } from "ecoindex";
import type { Browser, BrowserContext, Request } from "playwright-core";
import { type PageWeight, budgetsFor } from "../weights.ts";

const QUIET_MILLISECONDS = 100;
const ICON_TIMEOUT_MILLISECONDS = 10_000;

interface Loaded {
  requests: Request[];
  bytes: Map<Request, number>;
  domElements: number;
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function load(context: BrowserContext, url: string): Promise<Loaded> {
  const page = await context.newPage();
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
  // Chromium asks for the icon after `load`, later still on a busy machine: wait for it by name,
  // then for 100 ms without any request, so that every page's count includes it.
  const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href);
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
  await page.close();
  return { requests, bytes, domElements };
}

const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + value, 0);

/** A load with an empty cache. */
async function coldLoad(browser: Browser, url: string): Promise<Loaded> {
  const context = await browser.newContext();
  const loaded = await load(context, url);
  await context.close();
  return loaded;
}

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
  const warmContext = await browser.newContext();
  await load(warmContext, `${origin}${warmUpUrl}`);
  const warm = await load(warmContext, `${origin}${url}`);
  await warmContext.close();
  return weightOf(url, cold, warm);
}

const HOME = "/";

/**
 * Every page of a site, as `measurePage` measures one. The next-page views share one browser
 * context, warmed by a visit to the home page, where each page is visited once: the cache holds
 * what the home page left, as it would for each page alone, for one warm-up instead of one a page.
 * The home page itself is measured after a visit to another page.
 */
export async function measurePages(browser: Browser, origin: string, urls: string[]): Promise<PageWeight[]> {
  const warmContext = await browser.newContext();
  await load(warmContext, `${origin}${HOME}`);
  const weights = new Map<string, PageWeight>();
  for (const url of urls.filter((candidate) => candidate !== HOME)) {
    const cold = await coldLoad(browser, `${origin}${url}`);
    weights.set(url, weightOf(url, cold, await load(warmContext, `${origin}${url}`)));
  }
  await warmContext.close();
  const otherPage = urls.find((url) => url !== HOME);
  if (urls.includes(HOME) && otherPage)
    weights.set(HOME, await measurePage(browser, origin, HOME, otherPage));
  return urls.flatMap((url) => weights.get(url) ?? []);
}

function weightOf(url: string, cold: Loaded, warm: Loaded): PageWeight {
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

/** What a page breaks of the budgets, one line each; empty when it meets them all. */
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
        `il faut plus de ${budget.ecoIndexScore} (A)`,
    );
  if (weight.warmTransfer > budget.warmTransferBytes)
    breaches.push(
      `${weight.url} : ${weight.warmTransfer} octets en visite suivante (budget ${budget.warmTransferBytes})`,
    );
  return breaches;
}

const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1).replace(".", ",");

/** The figures as a Markdown table, in French. */
export function weightTable(weights: PageWeight[]): string {
  const columns = ["Page", "HTML (ko)", "CSS (ko)", "Autres (ko)", "Total (ko)", "Requêtes"];
  columns.push("Éléments DOM", "EcoIndex", "Visite suivante (ko)");
  const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  const rows = weights.map((w) =>
    line([
      w.url,
      ...[w.transfer.html, w.transfer.css, w.transfer.other, w.transfer.total].map(kilobytes),
      w.requests,
      w.domElements,
      `${String(w.ecoIndexScore).replace(".", ",")} (${w.ecoIndexGrade})`,
      kilobytes(w.warmTransfer),
    ]),
  );
  return [line(columns), line(columns.map((_, index) => (index ? "---:" : "---"))), ...rows].join("\n");
}
