/*
 * `npm run bench:dev`: what a contributor waits for with `npm start` open in a browser. In a copy
 * of the project, at its real size and with N generated pages (--pages 1000), it saves a Markdown
 * page, then a catalogue data file (`_data/actions.ts`), and times each save until Chromium shows
 * the page reloaded with the change (median of --runs 5). Copies live in /dev/shm when there is one.
 * Its targets are in targets.ts.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../measure/chromium.ts";
import { copyProject } from "../project-files.ts";
import { startDevServer } from "../server/dev-process.ts";
import { runBench, wholeNumber } from "./command-line.ts";
import { generatePages } from "./generate.ts";
import { DEV_TARGETS } from "./targets.ts";

const USAGE = `Usage : npm run bench:dev -- [options]

  --pages N    pages générées pour la seconde mesure (1000 par défaut)
  --runs R     enregistrements de chaque sorte, la médiane est gardée (5 par défaut)
  --help       afficher cette aide`;
/** The Markdown page saved at the real size, and the page a catalogue change shows on. */
const REAL_PAGE = { file: "content/plans-action/gouvernance.md", url: "/plans-action/gouvernance/" };
const ACTIONS_PAGE = "/plans-action/les-actions/";
const ACTIONS_FILE = "_data/actions.ts";

/** Saves `file` changed by `edit`, and times until `page` has reloaded itself and shows `marker`. */
async function timeSave(page: Page, file: string, edit: (text: string) => string, marker: string) {
  const text = await readFile(file, "utf8");
  const start = performance.now();
  await writeFile(file, edit(text));
  await page.waitForFunction((expected) => document.body.textContent.includes(expected), marker, {
    timeout: 30_000,
    polling: 10,
  });
  return (performance.now() - start) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

interface Result {
  pages: string;
  page: number[];
  data: number[];
}

async function benchmark(browser: Browser, extraPages: number, runs: number): Promise<Result> {
  const workFolder = existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
  const projectDir = await mkdtemp(path.join(workFolder, "bench-dev-"));
  await copyProject(projectDir);
  let edited = REAL_PAGE;
  if (extraPages) {
    const files = await generatePages(
      path.join(projectDir, "content/plans-action/fiches"),
      extraPages,
      "plansAction",
    );
    const file = files[Math.floor(files.length / 2)] ?? REAL_PAGE.file;
    const url = `/${path.relative(path.join(projectDir, "content"), file).replace(/\.md$/, "/")}`;
    edited = { file: path.relative(projectDir, file), url };
  }
  const { origin, server } = await startDevServer(projectDir);
  const result: Result = { pages: extraPages ? `réelle + ${extraPages}` : "réelle", page: [], data: [] };
  try {
    const page = await browser.newPage();
    for (let run = 0; run < runs; run += 1) {
      await page.goto(origin + edited.url, { waitUntil: "networkidle" });
      const marker = `Phrase ajoutée au banc, essai ${run}.`;
      result.page.push(
        await timeSave(page, path.join(projectDir, edited.file), (text) => `${text}\n${marker}\n`, marker),
      );
    }
    for (let run = 0; run < runs; run += 1) {
      await page.goto(origin + ACTIONS_PAGE, { waitUntil: "networkidle" });
      const marker = `Action renommée au banc, essai ${run}.`;
      const rename = (text: string) => text.replace(/(title: ")[^"]*(")/, `$1${marker}$2`);
      result.data.push(await timeSave(page, path.join(projectDir, ACTIONS_FILE), rename, marker));
    }
  } finally {
    server.kill();
    await rm(projectDir, { recursive: true, force: true });
  }
  return result;
}

const format = (seconds: number) => seconds.toFixed(2).replace(".", ",");
const verdict = (seconds: number, target: number) =>
  `${format(seconds)} (objectif ≤ ${format(target)} : ${seconds <= target ? "atteint" : "non atteint"})`;

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      pages: { type: "string", default: "1000" },
      runs: { type: "string", default: "5" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const sizes = [0, wholeNumber(values.pages, "pages", 1)];
  const runs = wholeNumber(values.runs, "runs", 1);
  const browser = await launchChromium();
  try {
    console.log(`Enregistrement → page rechargée dans Chromium, médiane de ${runs} essais (s).\n`);
    console.log("| Taille | Page Markdown | min–max | Données du catalogue | min–max |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    const results: Result[] = [];
    for (const size of sizes) {
      const result = await benchmark(browser, size, runs);
      results.push(result);
      const spread = (values: number[]) => `${format(Math.min(...values))}–${format(Math.max(...values))}`;
      const cells = [result.pages, format(median(result.page)), spread(result.page)];
      console.log(`| ${[...cells, format(median(result.data)), spread(result.data)].join(" | ")} |`);
    }
    for (const result of results) {
      const page = verdict(median(result.page), DEV_TARGETS.page);
      console.log(
        `\nTaille ${result.pages} : page ${page} ; données ${verdict(median(result.data), DEV_TARGETS.data)}.`,
      );
    }
  } finally {
    await browser.close();
  }
}

await runBench(USAGE, main);
