/*
 * `npm run bench:weight`: builds the site, serves it compressed on 127.0.0.1, measures every page
 * in Chromium (src/measure/page-weight.ts) and prints the figures against the budgets. With
 * `--write`, it records them in _data/weights.json, its only output: the eco-design declaration
 * (/ecoconception/) publishes them. With `--plans`, it measures a copy of the site holding the
 * plans fixture (src/measure/plans-fixture.ts) instead, and writes nothing.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { launchChromium } from "../measure/chromium.ts";
import { measurePages } from "../measure/page-weight.ts";
import { writePlansFixture } from "../measure/plans-fixture.ts";
import { copyProject } from "../project-files.ts";
import { createStaticServer, listenOnLoopback } from "../server/static-server.ts";
import {
  type PageWeight,
  DOCUMENT_PAGE_BUDGETS,
  TOOL_PAGE_BUDGETS,
  WEIGHTS_DATA_FILE,
  WEIGHT_BUDGETS,
  budgetBreaches,
  weightMeasures,
} from "../weights.ts";
import { UsageError, runBench } from "./command-line.ts";

const USAGE = `Usage : npm run bench:weight -- [options]

  --write    enregistrer les mesures dans ${WEIGHTS_DATA_FILE} (publiées par /ecoconception/)
  --plans    mesurer une copie du site avec les plans d'essai (rien n'est enregistré)
  --help     afficher cette aide`;

/** The project to build: this one, or a copy holding the plans fixture. */
async function projectToMeasure(withPlans: boolean): Promise<string> {
  if (!withPlans) return process.cwd();
  const copy = await mkdtemp(path.join(os.tmpdir(), "weight-plans-"));
  await copyProject(copy);
  console.log(`Plans d'essai : ${await writePlansFixture(copy)} actions.`);
  return copy;
}

async function pageUrls(site: string): Promise<string[]> {
  const files = await readdir(site, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file}`.replace(/index\.html$/, ""))
    .sort();
}

/** Builds the project afresh, so that no page left over from an older build is measured, and measures it. */
async function measureSite(projectDir: string): Promise<PageWeight[]> {
  const site = await mkdtemp(path.join(os.tmpdir(), "weight-"));
  try {
    await promisify(execFile)(
      path.resolve("node_modules/.bin/tsx"),
      ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${site}`, "--quiet"],
      { cwd: projectDir },
    );
    const server = createStaticServer(site);
    const origin = await listenOnLoopback(server, 0);
    const browser = await launchChromium();
    try {
      return await measurePages(browser, origin, await pageUrls(site));
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1).replace(".", ",");

/** The figures as a table for the terminal, in French. */
function weightTable(weights: PageWeight[]): string {
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

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      write: { type: "boolean", default: false },
      plans: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.plans && values.write) throw new UsageError("--plans mesure une copie : rien à enregistrer");

  const projectDir = await projectToMeasure(values.plans);
  const weights = await measureSite(projectDir).finally(async () => {
    if (projectDir !== process.cwd()) await rm(projectDir, { recursive: true, force: true });
  });
  console.log(weightTable(weights));
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
  console.log(`Pages « version imprimable » : ${JSON.stringify(DOCUMENT_PAGE_BUDGETS)}.`);
  const breaches = weights.flatMap(budgetBreaches);
  console.log(
    breaches.length ? `Dépassements :\n${breaches.join("\n")}` : "Toutes les pages tiennent leurs budgets.",
  );

  if (values.write) {
    await writeFile(WEIGHTS_DATA_FILE, `${JSON.stringify(weightMeasures(weights), null, 2)}\n`);
    console.log(`${WEIGHTS_DATA_FILE} mis à jour.`);
  }
  process.exitCode = breaches.length ? 1 : 0;
}

await runBench(USAGE, main);
