/*
 * `npm run bench:weight`: builds the site, serves it compressed on 127.0.0.1 and measures every
 * page in Chromium (see measure-weight.ts). With `--write`, the table goes into docs/performance.md and
 * the figures into _data/weights.json, where the site's own pages can quote them. With
 * `--plans`, it measures a copy of the site holding the plans fixture (plans-fixture.ts) instead.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createStaticServer, listenOnLoopback } from "../server/static-server.ts";
import { TOOL_PAGE_BUDGETS, WEIGHT_BUDGETS } from "../weights.ts";
import { launchChromium } from "./chromium.ts";
import { budgetBreaches, measurePages, weightTable } from "./measure-weight.ts";
import { writePlansFixture } from "./plans-fixture.ts";
import { copyProject } from "./project-files.ts";

const withPlans = process.argv.includes("--plans");
if (withPlans && process.argv.includes("--write"))
  throw new Error("--plans mesure une copie : rien à écrire.");

/** The project to build: this one, or a copy holding the plans fixture. */
async function projectToMeasure(): Promise<string> {
  if (!withPlans) return process.cwd();
  const copy = await mkdtemp(path.join(os.tmpdir(), "weight-plans-"));
  await copyProject(copy);
  console.log(`Plans d'essai : ${await writePlansFixture(copy)} actions.`);
  return copy;
}

// A fresh build, so that no page left over from an older build is measured.
const SITE = await mkdtemp(path.join(os.tmpdir(), "weight-"));
await promisify(execFile)(
  path.resolve("node_modules/.bin/tsx"),
  ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${SITE}`, "--quiet"],
  { cwd: await projectToMeasure() },
);
/** Where the table of every page's weight is kept, between its two markers. */
const WEIGHTS_DOCUMENT = "docs/performance.md";
const TABLE_START = "<!-- weight:start -->";
const TABLE_END = "<!-- weight:end -->";

async function pageUrls(): Promise<string[]> {
  const files = await readdir(SITE, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file}`.replace(/index\.html$/, ""))
    .sort();
}

const server = createStaticServer(SITE);
const origin = await listenOnLoopback(server, 0);
const browser = await launchChromium();
const weights = await measurePages(browser, origin, await pageUrls());
await browser.close();
server.close();
await rm(SITE, { recursive: true, force: true });

const table = weightTable(weights);
console.log(table);
const breaches = weights.flatMap(budgetBreaches);
const budgets = [
  `${WEIGHT_BUDGETS.transferBytes / 1000} ko`,
  `${WEIGHT_BUDGETS.requests} requêtes`,
  `${WEIGHT_BUDGETS.domElements} éléments`,
  `EcoIndex > ${WEIGHT_BUDGETS.ecoIndexScore}`,
  `${WEIGHT_BUDGETS.warmTransferBytes / 1000} ko en visite suivante`,
];
console.log(`\nBudgets : ${budgets.join(", ")}.`);
for (const [url, own] of Object.entries(TOOL_PAGE_BUDGETS)) {
  console.log(`Outil ${url} : ${JSON.stringify(own)}.`);
}
console.log(
  breaches.length ? `Dépassements :\n${breaches.join("\n")}` : "Toutes les pages tiennent leurs budgets.",
);

if (process.argv.includes("--write")) {
  const readme = await readFile(WEIGHTS_DOCUMENT, "utf8");
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${WEIGHTS_DOCUMENT} : marqueurs ${TABLE_START} et ${TABLE_END} introuvables`);
  await writeFile(
    WEIGHTS_DOCUMENT,
    `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`,
  );
  await writeFile(
    "_data/weights.json",
    `${JSON.stringify({ budgets: WEIGHT_BUDGETS, toolBudgets: TOOL_PAGE_BUDGETS, pages: weights }, null, 2)}\n`,
  );
  console.log(`${WEIGHTS_DOCUMENT} et _data/weights.json mis à jour.`);
}
process.exitCode = breaches.length ? 1 : 0;
