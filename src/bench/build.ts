/*
 * `npm run bench:build`: how the build scales. For N pages inside the publication (and M actions
 * in the catalogue), builds the site and a bare Eleventy of the same N pages, and prints wall
 * time, peak memory and the ratios. Options: --pages 4000 --actions 10000 --series 1000,2000,4000
 * Wall time and peak memory come from GNU time (Debian package `time`).
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { addActions, generatePages } from "./generate.ts";

const run = promisify(execFile);
const PROJECT_ENTRIES = ["content", "_includes", "_data", "public", "src", "eleventy.config.ts", "package.json", "tsconfig.json"];

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

interface Measure {
  seconds: number;
  peakMegabytes: number;
}

/** Runs a command under GNU time: its wall time and its peak resident memory. */
async function measure(command: string, args: string[], cwd: string): Promise<Measure> {
  const { stderr } = await run("/usr/bin/time", ["-f", "BENCH %e %M", command, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  const match = /BENCH ([\d.]+) (\d+)/.exec(stderr);
  if (!match?.[1] || !match[2]) throw new Error(`Mesure illisible :\n${stderr}`);
  return { seconds: Number(match[1]), peakMegabytes: Number(match[2]) / 1024 };
}

async function benchmark(pages: number, actions: number) {
  const root = await mkdtemp(path.join(os.tmpdir(), "bench-build-"));
  const site = path.join(root, "site");
  const bare = path.join(root, "bare");
  const node = process.execPath;
  const eleventy = path.resolve("node_modules/@11ty/eleventy/cmd.cjs");
  for (const entry of PROJECT_ENTRIES) await cp(entry, path.join(site, entry), { recursive: true });
  await symlink(path.resolve("node_modules"), path.join(site, "node_modules"), "dir");
  await generatePages(path.join(site, "content/plans-action/fiches"), pages, "plansAction");
  await addActions(site, actions);
  await mkdir(bare, { recursive: true });
  await cp(path.join(site, "content/plans-action/fiches"), path.join(bare, "fiches"), { recursive: true });

  const siteMeasure = await measure(node, ["--import", "tsx", eleventy, "--config=eleventy.config.ts", "--output=out", "--quiet"], site);
  const bareMeasure = await measure(node, [eleventy, "--input=fiches", "--output=out", "--quiet"], bare);
  await rm(root, { recursive: true, force: true });
  return { pages, actions, site: siteMeasure, bare: bareMeasure };
}

const actions = Number(option("actions", "10000"));
const series = option("series", option("pages", "4000")).split(",").map(Number);
const format = (value: number) => value.toFixed(2).replace(".", ",");
console.log("| Pages | Actions | Site (s) | Eleventy nu (s) | Rapport | Mémoire site (Mo) | Mémoire nu (Mo) | Rapport mémoire | Site, ms par page |");
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const pages of series) {
  const result = await benchmark(pages, actions);
  console.log(
    `| ${pages} | ${actions} | ${format(result.site.seconds)} | ${format(result.bare.seconds)} | ${format(result.site.seconds / result.bare.seconds)} | ${Math.round(result.site.peakMegabytes)} | ${Math.round(result.bare.peakMegabytes)} | ${format(result.site.peakMegabytes / result.bare.peakMegabytes)} | ${format((1000 * result.site.seconds) / pages)} |`,
  );
}
