import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTOMATED_CHECKS, type AutomatedCheck } from "../../src/accessibility/checks.ts";
import { type AccessibilityData, loadAudit } from "../../src/accessibility/load.ts";
import { inParallel } from "../../src/measure/in-parallel.ts";
import { planHistoryFiles } from "../fixtures/plan-history.ts";
import { siteUrls } from "../../src/urls.ts";
import { type ServedSite, browserSession, horizontalOverflow, serveSite } from "../support/browser.ts";
import { buildSite, projectRoot, projectVariant, temporaryFolder } from "../support/project.ts";
import { APPLICABLE_WHERE, RGAA_CHECKS, criteriaOfFinding, runCheck } from "../support/rgaa-checks.ts";
import { builtPageUrls, loadPage } from "../support/site.ts";

/*
 * The criteria of the RGAA audit (_data/rgaa.ts) that a test decides, decided on every page of its
 * sample, built with the tests' plans (tests/fixtures/plan-history.ts) for the pages of a
 * ministry's plan: a page that fails a test fails each of its criteria, which the grid must then
 * judge not met. A change of a template that breaks a page of the sample breaks these tests.
 */

const SCREENSHOTS = path.join(projectRoot, "tests/.output/accessibilite");
const session = browserSession();
let siteDir: string;
let site: ServedSite;
let accessibility: AccessibilityData;

beforeAll(async () => {
  const projectDir = await projectVariant(await planHistoryFiles(projectRoot));
  [siteDir, accessibility] = await Promise.all([
    buildSite({ projectDir }).then((result) => result.outputDir),
    loadAudit(projectRoot),
  ]);
  site = await serveSite(siteDir);
}, 300_000);

afterAll(async () => {
  await site.close();
});

/**
 * Where a test's findings on a page of the sample contradict the grid: a criterion they go against
 * (`criteriaOfFinding`) that the grid does not judge not met on that page.
 */
function contradictions(check: AutomatedCheck, pageId: string, findings: string[]): string[] {
  const criteria = accessibility.themes.flatMap((theme) => theme.criteria);
  const against = new Map<string, string[]>();
  for (const finding of findings)
    for (const number of criteriaOfFinding(check, finding))
      against.set(number, [...(against.get(number) ?? []), finding]);
  return [...against].flatMap(([number, found]) => {
    const judged = criteria
      .find((entry) => entry.criterion.number === number)
      ?.pages.find((entry) => entry.page.id === pageId);
    if (judged?.judgment.result === "NC") return [];
    return [
      `page « ${pageId} » (${judged?.page.url ?? "?"}), critère ${number} jugé « ${judged?.judgment.result ?? "?"} » dans _data/rgaa.ts, mais le test « ${check.id} » trouve :\n  ${found.join("\n  ")}`,
    ];
  });
}

/*
 * axe-core already checks every page of the site's own build, at both widths
 * (every-page.test.ts), and fails on any violation: here it checks the pages that only the tests'
 * plans make.
 */
const pagesChecked = (check: AutomatedCheck) =>
  accessibility.audit.sample.filter((page) => check.id !== "axe" || page.fixture);

describe("the RGAA criteria a test decides, on every page of the audit's sample", () => {
  for (const check of AUTOMATED_CHECKS) {
    it(`${check.id} (critères ${check.criteria.join(", ")}) : as the grid judges them`, async () => {
      // Two pages at a time: most of a check is spent waiting for the browser.
      const found = await inParallel(pagesChecked(check), 2, async (page) =>
        contradictions(
          check,
          page.id,
          await runCheck(check.id, { browser: session.browser, origin: site.origin, siteDir, url: page.url }),
        ),
      );
      expect(found.flat()).toEqual([]);
    });
  }

  it("shows the declaration whole on a 320 px phone, its screenshot kept in tests/.output/accessibilite/", async () => {
    const page = await session.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${site.origin}${siteUrls.accessibility}`);
    expect(await horizontalOverflow(page)).toBe(0);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, "declaration-320.png"), fullPage: true });
    await page.close();
  });

  it("has a test for each check the declaration lists, and no other", () => {
    expect(Object.keys(RGAA_CHECKS).sort()).toEqual(AUTOMATED_CHECKS.map((check) => check.id).sort());
  });

  it("judges a criterion not applicable only on a page that lacks what it tests", async () => {
    const criteria = accessibility.themes.flatMap((theme) => theme.criteria);
    const found: string[] = [];
    for (const [index, page] of accessibility.audit.sample.entries()) {
      const $ = await loadPage(siteDir, page.url);
      for (const [numbers, selector] of APPLICABLE_WHERE) {
        if (!$(selector).length) continue;
        for (const criterion of criteria.filter((entry) => numbers.includes(entry.criterion.number)))
          if (criterion.pages[index]?.judgment.result === "NA")
            found.push(
              `_data/rgaa.ts : page « ${page.id} », critère ${criterion.criterion.number} jugé « NA », mais la page a ce qu'il teste (${selector}) : jugez-le`,
            );
      }
    }
    expect(found).toEqual([]);
  });

  it("judges pages that the build makes: every page of the sample exists", async () => {
    const urls = await builtPageUrls(siteDir);
    const missing = accessibility.audit.sample.filter((page) => !urls.includes(page.url));
    expect(
      missing.map((page) => page.url),
      "_data/rgaa.ts, champ « sample » : ces pages de l'échantillon n'existent plus ; choisissez-en d'autres et jugez-les",
    ).toEqual([]);
  });

  it("finds no axe-core violation on the other pages of the tests' plans either, at 1280 and 320 px", async () => {
    const planPages = (await builtPageUrls(siteDir)).filter((url) =>
      url.startsWith("/plans-action/ministeres/culture/"),
    );
    expect(planPages.length).toBeGreaterThan(1);
    const found = await inParallel(planPages, 2, async (url) =>
      (await runCheck("axe", { browser: session.browser, origin: site.origin, siteDir, url })).map(
        (line) => `${url} ${line}`,
      ),
    );
    expect(found.flat()).toEqual([]);
  });
});

// A page that breaks each criterion a test decides: each test must find it.
const BROKEN_PAGE = `<!DOCTYPE html><html lang="fr"><head><title>Page fautive</title><style>
  a:focus, button:focus { outline: none; box-shadow: 0 0 0 2px blue; }
  .sans-focus, .sans-focus:focus { outline: none; box-shadow: 0 0 0 2px grey; }
  .boite { height: 1.2em; overflow: hidden; width: 20em; }
  .large { width: 600px; }
  .tourne { animation: tourne 1s linear infinite; }
  @keyframes tourne { to { transform: rotate(360deg); } }
</style></head><body>
<a href="/ailleurs/">Ailleurs</a>
<a href="/autre/" class="sans-focus">Une ombre qui ne change pas au focus</a>
<main id="contenu"><h1>Page fautive</h1>
<img src="x.png">
<p class="boite">Un texte qui remplit juste sa boîte de hauteur fixe.</p>
<div class="large">Large</div>
<span class="tourne">Tourne</span>
<p>Read the documentation first.</p>
<button tabindex="2">Deux</button><button tabindex="1">Un</button>
<div><span></div>
</main></body></html>`;

// What the page above breaks, for each test: the criteria its findings must go against.
const BROKEN_CRITERIA: Record<string, string[]> = {
  axe: ["1.1"],
  html: ["8.2"],
  clavier: ["12.7", "12.8", "10.7"],
  reflow: ["10.11"],
  espacement: ["10.12"],
  agrandissement: ["10.4"],
  "couleurs-forcees": ["10.5"],
  mouvement: ["13.8"],
  langue: ["8.7"],
};

describe("each test of an RGAA criterion", () => {
  let broken: CheckTargetSite;
  interface CheckTargetSite {
    dir: string;
    site: ServedSite;
  }
  beforeAll(async () => {
    const dir = await temporaryFolder("rgaa-fautive");
    await mkdir(path.join(dir, "page"));
    await writeFile(path.join(dir, "page", "index.html"), BROKEN_PAGE);
    broken = { dir, site: await serveSite(dir) };
  });
  afterAll(async () => {
    await broken.site.close();
  });

  for (const check of AUTOMATED_CHECKS) {
    it(`${check.id} finds what is wrong with a page that breaks it`, async () => {
      const problems = await runCheck(check.id, {
        browser: session.browser,
        origin: broken.site.origin,
        siteDir: broken.dir,
        url: "/page/",
      });
      const against = new Set(problems.flatMap((finding) => criteriaOfFinding(check, finding)));
      expect([...against]).toEqual(expect.arrayContaining(BROKEN_CRITERIA[check.id] ?? ["?"]));
    });
  }
});
