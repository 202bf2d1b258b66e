import { readFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { type BuildOutcome, buildFailureText, buildProblems, buildProject, failedFile } from "./build.ts";
import { catalogueSources, checkCatalogue } from "./catalogue-check.ts";
import { type Finding, TITLES } from "./findings.ts";
import { problemLine } from "./front-matter-check.ts";
import { ProjectCopy } from "./project-copy.ts";
import type { Substitution } from "./summary.ts";

/*
 * The pull request's site, built even when its files have mistakes: the pages and data files
 * already found at fault are replaced by the base branch's (or left out), and so is any page the
 * build itself then stops on, a few times over; the build's other mistakes are told as they are.
 */

/** Builds tried at most: each may stop on one more page (a navigation parent, a description). */
const MAX_BUILDS = 4;

export interface HeadBuildInput {
  headDir: string;
  /** The base branch's sources, to take a faulty file from; nothing with a built base only. */
  baseDir?: string;
  /** Emptied and written to. */
  siteDir: string;
  faultyPages: string[];
  faultyData: string[];
}

export interface HeadBuild {
  /** The build that went through; nothing when none did. */
  outcome?: BuildOutcome;
  findings: Finding[];
  substitutions: Substitution[];
}

/** A problem the build stopped on, on its file and line. */
async function buildFinding(headDir: string, file: string, message: string): Promise<Finding> {
  const source = await readFile(path.join(headDir, file), "utf8").catch(() => "");
  return { severity: "error", file, line: problemLine(source, file, message), title: TITLES.page, message };
}

/** Why the build stopped, when no check of the project says: on the file Eleventy names, if it does. */
function failureFinding(output: string): Finding {
  const text = buildFailureText(output);
  const failed = failedFile(text);
  return {
    severity: "error",
    file: failed?.file,
    line: failed?.line ?? 1,
    title: TITLES.build,
    message: `${failed ? `${failed.file} : ` : ""}la construction du site s'arrête :\n${text}`,
  };
}

/** The copy a build is made of, made the first time a file is replaced. */
class Substitutions {
  readonly list: Substitution[] = [];
  private copy?: ProjectCopy;

  constructor(private readonly input: HeadBuildInput) {}

  has(file: string): boolean {
    return this.list.some((substitution) => substitution.file === file);
  }

  /** Replaces these files in the copy; the copy's folder. */
  async apply(files: string[]): Promise<string> {
    this.copy ??= await ProjectCopy.of(this.input.headDir, this.input.baseDir);
    for (const file of new Set(files)) {
      if (!this.has(file)) this.list.push(await this.copy.substitute(file));
    }
    return this.copy.dir;
  }

  async remove(): Promise<void> {
    await this.copy?.remove();
  }
}

/** The project to build: the pull request's, or a copy without its faulty files. */
async function projectToBuild(input: HeadBuildInput, substitutions: Substitutions): Promise<string> {
  if (!input.faultyPages.length && !input.faultyData.length) return input.headDir;
  const dir = await substitutions.apply([...input.faultyPages, ...input.faultyData]);
  // The files taken from the base branch must agree with the pull request's others; or else the
  // whole catalogue is taken from it.
  if (input.faultyData.length && (await checkCatalogue(dir)).findings.length) {
    await substitutions.apply(await catalogueSources(input.headDir));
    await substitutions.apply(input.baseDir ? await catalogueSources(input.baseDir) : []);
  }
  return dir;
}

export async function buildHead(input: HeadBuildInput): Promise<HeadBuild> {
  const substitutions = new Substitutions(input);
  const findings: Finding[] = [];
  const result = (outcome?: BuildOutcome): HeadBuild => ({
    outcome,
    findings,
    substitutions: substitutions.list,
  });
  try {
    let projectDir = await projectToBuild(input, substitutions);
    for (let attempt = 1; ; attempt++) {
      await rm(input.siteDir, { recursive: true, force: true });
      await mkdir(input.siteDir, { recursive: true });
      const outcome = await buildProject(projectDir, input.siteDir);
      if (outcome.ok) return result(outcome);
      const problems = buildProblems(outcome.output).filter((problem) => !substitutions.has(problem.file));
      const stops = problems.length
        ? await Promise.all(
            problems.map((problem) => buildFinding(input.headDir, problem.file, problem.message)),
          )
        : [failureFinding(outcome.output)];
      findings.push(...stops);
      // A file named is left out of the next build, as a page with a faulty front matter is.
      const files = stops.flatMap((stop) => (stop.file && !substitutions.has(stop.file) ? [stop.file] : []));
      if (!files.length || attempt === MAX_BUILDS) return result();
      projectDir = await substitutions.apply(files);
    }
  } finally {
    await substitutions.remove();
  }
}
