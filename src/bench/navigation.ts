/*
 * `npm run bench:navigation`: the time to build the navigation tree when one branch holds N pages
 * (default 8,000; `--pages N`). The tree is built once per build, before any page renders: it must
 * stay linear in the width of a branch. Target: well under a second at 8,000 pages.
 */
import { type NavigablePage, buildNavigationIndex } from "../eleventy/navigation.ts";

const TARGET_SECONDS = 1;
const index = process.argv.indexOf("--pages");
const pages = Number(index > 0 ? process.argv[index + 1] : 8000);

const branch: NavigablePage[] = [
  { url: "/", inputPath: "./content/index.md", data: { eleventyNavigation: { key: "racine" }, title: "R" } },
  ...Array.from({ length: pages }, (_, position) => ({
    url: `/fiches/${position}/`,
    inputPath: `./content/fiches/${position}.md`,
    data: { title: `Fiche ${position}`, eleventyNavigation: { parent: "racine", order: position % 97 } },
  })),
];

const runs = Array.from({ length: 3 }, () => {
  const started = performance.now();
  buildNavigationIndex(branch);
  return (performance.now() - started) / 1000;
});
const best = Math.min(...runs);
const verdict = best < TARGET_SECONDS ? "atteint" : "non atteint";
console.log(
  `Arbre de navigation, une branche de ${pages} pages : ${best.toFixed(3)} s (meilleur de 3 ; objectif < ${TARGET_SECONDS} s : ${verdict}).`,
);
