/*
 * `npm run bench:build`: how the build scales. For N pages inside the publication, with the
 * catalogue at the size the site is designed for (M actions, 1,000 unless --actions says otherwise,
 * and the plans fixture: 24 plans, 1,176 actions), builds the site and a bare Eleventy of the same
 * N pages, and prints wall time, peak memory, the ratios and the verdict of the regression guard
 * (targets.ts). Options: see USAGE.
 *
 * - Wall time and peak memory come from GNU time (Debian package `time`).
 * - Each build runs `--runs` times, the site's and the bare one in turn, and the median is kept:
 *   one run on a shared machine can be off by a quarter.
 * - The builds write to /dev/shm, in memory, unless `--disk` is given: the virtual disk's
 *   latency varies tenfold from one minute to the next and would hide what the build itself costs.
 * - The site's time includes its search indexing (Pagefind, run at the end of the build). The bench
 *   indexes the built site once more on its own and times that run: the table also gives the
 *   site's time without it.
 * - `--minimal-layout` builds the site with every layout reduced to a bare document around the
 *   page's content (no header, side menu, breadcrumb or footer): what the rest of the site costs,
 *   whatever its markup.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { writePlansFixture } from "../measure/plans-fixture.ts";
import { copyProject } from "../project-files.ts";
import { runBench, wholeNumber } from "./command-line.ts";
import { addActions, generatePages } from "./generate.ts";
import { BUILD_GUARD } from "./targets.ts";

const run = promisify(execFile);
const MEMORY_FOLDER = "/dev/shm";

const USAGE = `Usage : npm run bench:build -- [options]

  --pages N           pages générées dans la publication (${BUILD_GUARD.pages} par défaut)
  --series N,N,…      plusieurs tailles à la suite, pour voir la croissance (remplace --pages)
  --actions M         actions ajoutées au catalogue (1000 par défaut)
  --runs R            essais de chaque construction, la médiane est gardée (3 par défaut)
  --disk              construire sur le disque plutôt qu'en mémoire (/dev/shm)
  --minimal-layout    réduire tous les gabarits à un document nu autour du contenu
  --help              afficher cette aide`;

interface Measure {
  seconds: number;
  peakMegabytes: number;
  /** Search indexing, for the site only. */
  indexingSeconds: number;
}

/** Runs a command under GNU time: its wall time and its peak resident memory. */
async function measure(command: string, args: string[], cwd: string): Promise<Measure> {
  const { stderr } = await run("/usr/bin/time", ["-f", "BENCH %e %M", command, ...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  const match = /BENCH ([\d.]+) (\d+)/.exec(stderr);
  if (!match?.[1] || !match[2]) throw new Error(`Mesure illisible :\n${stderr}`);
  return {
    seconds: Number(match[1]),
    peakMegabytes: Number(match[2]) / 1024,
    indexingSeconds: 0,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

function medianMeasure(measures: Measure[]): Measure {
  return {
    seconds: median(measures.map((measure) => measure.seconds)),
    peakMegabytes: median(measures.map((measure) => measure.peakMegabytes)),
    indexingSeconds: median(measures.map((measure) => measure.indexingSeconds)),
  };
}

interface Result {
  pages: number;
  actions: number;
  planActions: number;
  site: Measure;
  bare: Measure;
  /** Each attempt's ratios to the bare build made right after it, on the same machine's state. */
  timeRatios: number[];
  memoryRatios: number[];
}

/** The least a layout can be: a document around the content, still read by search from <main>. */
const MINIMAL_DOCUMENT =
  '<!DOCTYPE html>\n<html lang="fr"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n';
const MINIMAL_BASE = "base.njk";

/** Every layout of the copy becomes the minimal document, the other layouts by way of the base one. */
async function useMinimalLayouts(projectDir: string): Promise<void> {
  const folder = path.join(projectDir, "_includes/layouts");
  const layouts = (await readdir(folder)).filter((name) => name.endsWith(".njk"));
  for (const name of layouts) {
    const template =
      name === MINIMAL_BASE
        ? MINIMAL_DOCUMENT
        : `---\nlayout: layouts/${MINIMAL_BASE}\n---\n{{ content | safe }}\n`;
    await writeFile(path.join(folder, name), template);
  }
}

async function benchmark(
  workFolder: string,
  pages: number,
  actions: number,
  runs: number,
  minimalLayout: boolean,
): Promise<Result> {
  const root = await mkdtemp(path.join(workFolder, "bench-build-"));
  const site = path.join(root, "site");
  const bare = path.join(root, "bare");
  const node = process.execPath;
  const eleventy = path.resolve("node_modules/@11ty/eleventy/cmd.cjs");
  const indexer = path.resolve("src/bench/index-search.ts");
  await copyProject(site);
  if (minimalLayout) await useMinimalLayouts(site);
  await generatePages(path.join(site, "content/plans-action/fiches"), pages, "plansAction");
  await addActions(site, actions);
  const planActions = await writePlansFixture(site);
  await mkdir(bare, { recursive: true });
  await cp(path.join(site, "content/plans-action/fiches"), path.join(bare, "fiches"), { recursive: true });

  const siteMeasures: Measure[] = [];
  const bareMeasures: Measure[] = [];
  try {
    for (let attempt = 0; attempt < runs; attempt += 1) {
      for (const folder of [site, bare]) await rm(path.join(folder, "out"), { recursive: true, force: true });
      // The same command as `npm run build`, without npm's own start-up.
      const siteBuild = await measure(
        node,
        ["--import", "tsx", eleventy, "--config=eleventy.config.ts", "--output=out", "--quiet"],
        site,
      );
      const indexing = await measure(node, ["--import", "tsx", indexer, "out"], site);
      siteMeasures.push({ ...siteBuild, indexingSeconds: indexing.seconds });
      bareMeasures.push(await measure(node, [eleventy, "--input=fiches", "--output=out", "--quiet"], bare));
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return {
    pages,
    actions,
    planActions,
    site: medianMeasure(siteMeasures),
    bare: medianMeasure(bareMeasures),
    timeRatios: siteMeasures.map((measure, index) => measure.seconds / (bareMeasures[index]?.seconds ?? NaN)),
    memoryRatios: siteMeasures.map(
      (measure, index) => measure.peakMegabytes / (bareMeasures[index]?.peakMegabytes ?? NaN),
    ),
  };
}

const format = (value: number) => value.toFixed(2).replace(".", ",");
const withoutIndexing = (measure: Measure) => measure.seconds - measure.indexingSeconds;

/** The command line's options, checked before anything is built. */
function readOptions(args: string[]) {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      pages: { type: "string", default: String(BUILD_GUARD.pages) },
      series: { type: "string" },
      actions: { type: "string", default: "1000" },
      runs: { type: "string", default: "3" },
      disk: { type: "boolean", default: false },
      "minimal-layout": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const series =
    values.series === undefined
      ? [wholeNumber(values.pages, "pages", 0)]
      : values.series.split(",").map((pages) => wholeNumber(pages, "series", 0));
  return {
    help: values.help,
    series,
    actions: wholeNumber(values.actions, "actions", 0),
    runs: wholeNumber(values.runs, "runs", 1),
    disk: values.disk,
    minimalLayout: values["minimal-layout"],
  };
}

/** The guard's verdict, judged at its own number of pages; at another, only indicative. */
function guardVerdict(results: Result[]): { line: string; breached: boolean } | undefined {
  const judged = results.find((result) => result.pages === BUILD_GUARD.pages) ?? results.at(-1);
  if (!judged) return undefined;
  // Judged on the median of the paired ratios: a site build and the bare one that follows it
  // share the machine's state, which on a shared machine changes by a tenth from minute to minute.
  const timeRatio = median(judged.timeRatios);
  const memoryRatio = median(judged.memoryRatios);
  const spread = (ratios: number[]) =>
    ratios.length > 1 ? `, essais de ${format(Math.min(...ratios))} à ${format(Math.max(...ratios))}` : "";
  const verdict = (ratio: number, limit: number, ratios: number[]) =>
    `${format(ratio)} × Eleventy nu (≤ ${format(limit)} : ${ratio <= limit ? "tenu" : "dépassé"}${spread(ratios)})`;
  const held = timeRatio <= BUILD_GUARD.timeRatio && memoryRatio <= BUILD_GUARD.memoryRatio;
  const atGuardSize = judged.pages === BUILD_GUARD.pages;
  const where = atGuardSize
    ? `à ${judged.pages} pages`
    : `à ${judged.pages} pages, indicatif : il se juge à ${BUILD_GUARD.pages} pages`;
  const line =
    `\nGarde-fou (${where}, recherche comprise, médiane des rapports par essai) : ` +
    `temps ${verdict(timeRatio, BUILD_GUARD.timeRatio, judged.timeRatios)}, ` +
    `sans la recherche ${format(withoutIndexing(judged.site) / judged.bare.seconds)} ; ` +
    `mémoire ${verdict(memoryRatio, BUILD_GUARD.memoryRatio, judged.memoryRatios)}.`;
  return { line, breached: atGuardSize && !held };
}

async function main(args: string[]): Promise<void> {
  const options = readOptions(args);
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const { actions, runs, minimalLayout } = options;
  const workFolder = !options.disk && existsSync(MEMORY_FOLDER) ? MEMORY_FOLDER : os.tmpdir();

  const layouts = minimalLayout ? ", gabarits réduits à un document minimal" : "";
  console.log(`Constructions dans ${workFolder}, médiane de ${runs} essais${layouts}.\n`);
  const COLUMNS = [
    ...[
      "Pages",
      "Actions",
      "Actions des plans",
      "Site (s)",
      "dont recherche (s)",
      "Site sans recherche (s)",
      "Eleventy nu (s)",
    ],
    ...["Rapport", "Rapport sans recherche", "Mémoire site (Mo)", "Mémoire nu (Mo)", "Rapport mémoire"],
    "Site, ms par page",
  ];
  console.log(`| ${COLUMNS.join(" | ")} |`);
  console.log(`| ${COLUMNS.map(() => "---:").join(" | ")} |`);
  const results: Result[] = [];
  for (const pages of options.series) {
    const result = await benchmark(workFolder, pages, actions, runs, minimalLayout);
    results.push(result);
    const { site, bare } = result;
    const cells = [
      String(pages),
      String(actions),
      String(result.planActions),
      format(site.seconds),
      format(site.indexingSeconds),
      format(withoutIndexing(site)),
      format(bare.seconds),
      format(site.seconds / bare.seconds),
      format(withoutIndexing(site) / bare.seconds),
      String(Math.round(site.peakMegabytes)),
      String(Math.round(bare.peakMegabytes)),
      format(site.peakMegabytes / bare.peakMegabytes),
      pages ? format((1000 * site.seconds) / pages) : "–",
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }

  // Linear growth shows as a steady cost per added page from one N to the next.
  for (let index = 1; index < results.length; index += 1) {
    const [before, after] = results.slice(index - 1, index + 1);
    if (!before || !after) break;
    const perPage = (key: "site" | "bare") =>
      (1000 * (after[key].seconds - before[key].seconds)) / (after.pages - before.pages);
    const site = `${format(perPage("site"))} ms par page ajoutée pour le site`;
    console.log(
      `De ${before.pages} à ${after.pages} pages : ${site}, ${format(perPage("bare"))} ms pour Eleventy nu.`,
    );
  }

  // The guard is the site's: a build with its layouts stripped measures a floor, not a verdict.
  const guard = minimalLayout ? undefined : guardVerdict(results);
  if (guard) {
    console.log(guard.line);
    if (guard.breached) process.exitCode = 1;
  }
}

await runBench(USAGE, main);
