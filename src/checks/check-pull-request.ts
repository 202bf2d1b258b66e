import { readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import site from "../../_data/site.ts";
import { type BaseSite, baseSite, baseSources } from "./base-site.ts";
import { checkCatalogue } from "./catalogue-check.ts";
import { checkChangeNotes } from "./change-notes.ts";
import { sortFindings } from "./findings.ts";
import { CONTENT_DIR, checkFrontMatters } from "./front-matter-check.ts";
import { buildHead } from "./head-build.ts";
import { linkFindings } from "./link-findings.ts";
import { checkLinks } from "./links.ts";
import { compareSites } from "./site-changes.ts";
import type { CheckReport, Substitution } from "./summary.ts";

/*
 * The pull request's check, in four phases: each page's front matter and the catalogue's data,
 * checked file by file; the site built without the files at fault (src/checks/head-build.ts);
 * its links; the comparison with the base branch's site, built meanwhile.
 */

export interface CheckOptions {
  /** The pull request's project. */
  headDir: string;
  /** The base branch's checkout, or its built site. */
  baseDir: string;
  /** Where the pull request's site is built: an empty or missing folder. */
  siteDir: string;
}

/** Where a new page left out of the build would have been: `content/a/b.md` at `/a/b/`. */
export function defaultUrl(file: string): string {
  const page = path.posix.relative(CONTENT_DIR, file).replace(/\.(md|njk)$/, "");
  return `/${page}/`.replace(/(^|\/)index\/$/, "$1");
}

/** The new pages left out of the build, by the URL they would have had. */
const leftOutPages = (substitutions: Substitution[]) =>
  new Set(
    substitutions
      .filter(
        (substitution) => substitution.how === "left-out" && substitution.file.startsWith(`${CONTENT_DIR}/`),
      )
      .map((substitution) => defaultUrl(substitution.file)),
  );

async function comparison(base: BaseSite, headSite: string | undefined): Promise<Partial<CheckReport>> {
  if (!headSite) {
    return {
      comparisonProblem: "Le site de la demande ne se construit pas : les pages n'ont pas pu être comparées.",
    };
  }
  if (!base.siteDir) return { comparisonProblem: base.problem };
  return { changes: await compareSites(base.siteDir, headSite) };
}

export async function checkPullRequest(options: CheckOptions): Promise<CheckReport> {
  const sources = baseSources(options.baseDir);
  // The base branch builds while the pull request is checked: the two builds take most of the time.
  const base = baseSite(options.baseDir).catch((error: unknown): BaseSite => ({ problem: String(error) }));
  try {
    const pages = await checkFrontMatters(options.headDir);
    const catalogue = await checkCatalogue(options.headDir);
    const head = await buildHead({
      headDir: options.headDir,
      baseDir: sources,
      siteDir: options.siteDir,
      faultyPages: pages.faulty,
      faultyData: catalogue.faulty,
    });
    const links = head.outcome
      ? await linkFindings(
          (await checkLinks(options.siteDir, site.url)).broken,
          {
            inputs: head.outcome.inputs,
            read: (file) => readFile(path.join(options.headDir, file), "utf8").catch(() => undefined),
            pathPrefix: new URL(site.url).pathname,
          },
          leftOutPages(head.substitutions),
        )
      : [];
    const notes = sources ? await checkChangeNotes(options.headDir, sources) : [];
    return {
      findings: sortFindings([
        ...pages.findings,
        ...catalogue.findings,
        ...head.findings,
        ...links,
        ...notes,
      ]),
      substitutions: head.substitutions,
      ...(await comparison(await base, head.outcome ? options.siteDir : undefined)),
    };
  } finally {
    const built = await base;
    if (sources && built.siteDir) await rm(built.siteDir, { recursive: true, force: true });
  }
}

/** The folder the site is built in must hold nothing the check would lose in emptying it. */
export async function isEmptyOrMissing(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch((error: unknown) =>
    (error as NodeJS.ErrnoException).code === "ENOENT" ? [] : undefined,
  );
  return entries?.length === 0;
}
