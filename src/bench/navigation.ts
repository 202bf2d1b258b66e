/*
 * `npm run bench:navigation`: the time to build the navigation tree when one branch holds N pages
 * (default 8,000; `--pages N`), median of R runs (default 7; `--runs R`). The tree is built once
 * per build, before any page renders: it must stay linear in the width of a branch. Target: well
 * under a second at 8,000 pages.
 */
import { parseArgs } from "node:util";
import { type NavigablePage, buildNavigationIndex } from "../eleventy/navigation/index.ts";
import { runBench, wholeNumber } from "./command-line.ts";
import { NAVIGATION_TARGET } from "./targets.ts";

const USAGE = `Usage : npm run bench:navigation -- [options]

  --pages N    pages de la branche (${NAVIGATION_TARGET.pages} par défaut)
  --runs R     constructions de l'arbre, la médiane est gardée (7 par défaut)
  --help       afficher cette aide`;

function main(args: string[]): void {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      pages: { type: "string", default: String(NAVIGATION_TARGET.pages) },
      runs: { type: "string", default: "7" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const pages = wholeNumber(values.pages, "pages", 1);
  const runCount = wholeNumber(values.runs, "runs", 1);

  const branch: NavigablePage[] = [
    {
      url: "/",
      inputPath: "./content/index.md",
      data: { eleventyNavigation: { key: "racine" }, title: "R" },
    },
    ...Array.from({ length: pages }, (_, position) => ({
      url: `/fiches/${position}/`,
      inputPath: `./content/fiches/${position}.md`,
      data: { title: `Fiche ${position}`, eleventyNavigation: { parent: "racine", order: position % 97 } },
    })),
  ];

  const runs = Array.from({ length: runCount }, () => {
    const started = performance.now();
    buildNavigationIndex(branch);
    return (performance.now() - started) / 1000;
  }).sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)] ?? 0;
  const verdict = median < NAVIGATION_TARGET.seconds ? "atteint" : "non atteint";
  console.log(
    `Arbre de navigation, une branche de ${pages} pages : ${median.toFixed(3)} s (médiane de ${runCount}, ` +
      `de ${(runs[0] ?? 0).toFixed(3)} à ${(runs.at(-1) ?? 0).toFixed(3)} s ; objectif < ${NAVIGATION_TARGET.seconds} s : ${verdict}).`,
  );
}

await runBench(USAGE, main);
