import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { config } from "../../eleventy.config.ts";
import { PageDataError, frontMatterParser } from "../eleventy/front-matter.ts";
import { type Finding, TITLES } from "./findings.ts";
import { frontMatterFieldLine, frontMatterOf } from "./front-matter-lines.ts";

/*
 * The front matter of every page, through the build's own gate (src/eleventy/front-matter.ts):
 * the same rules and the same messages, each page on its own, so that one broken page hides
 * no other.
 */

/** The folder of the pages and the folder of the layouts, as eleventy.config.ts gives them. */
export const CONTENT_DIR = config.dir.input;
const INCLUDES_DIR = path.join(config.dir.input, config.dir.includes);

/** The pages below `content/`, as paths relative to the project: Markdown and Nunjucks. */
export async function contentPages(projectDir: string): Promise<string[]> {
  const files = await readdir(path.join(projectDir, CONTENT_DIR), { recursive: true });
  return files
    .map((file) => path.join(CONTENT_DIR, file).split(path.sep).join("/"))
    .filter((file) => file.endsWith(".md") || file.endsWith(".njk"))
    .sort();
}

/**
 * The line of a problem the gate reported: the one it names (`(ligne 4)`, `: ligne 4 :`), else
 * the line of the field it names, else the first line.
 */
export function problemLine(source: string, file: string, problem: string): number {
  const where = problem.startsWith(`${file} : `)
    ? (problem.slice(file.length + 3).split(" : ")[0] ?? "")
    : "";
  const named = /\bligne (\d+)\b/.exec(where)?.[1];
  if (named) return Number(named);
  const field = /champ « ([^»]+) »/.exec(where)?.[1];
  // `champ « modifications », entrée 2, « date »`: the field of an entry of a list, from 1.
  const entry = /entrée (\d+)(?:, « ([^»]+) »)?/.exec(where);
  const fieldPath = entry ? [field, Number(entry[1]) - 1, ...(entry[2] ? [entry[2]] : [])].join(".") : field;
  return (fieldPath && frontMatterFieldLine(source, fieldPath)) || 1;
}

/** Every front-matter mistake of every page; the pages with one, to be left out of a build. */
export async function checkFrontMatters(
  projectDir: string,
): Promise<{ findings: Finding[]; faulty: string[] }> {
  // The gate finds layouts relative to the working folder, as it does in a build.
  const parse = frontMatterParser({
    includesDir: path.relative(process.cwd(), path.join(projectDir, INCLUDES_DIR)),
  });
  const findings: Finding[] = [];
  const faulty: string[] = [];
  for (const file of await contentPages(projectDir)) {
    const source = await readFile(path.join(projectDir, file), "utf8");
    const block = frontMatterOf(source);
    if (!block) continue;
    try {
      parse(block.yaml, { filePath: file });
    } catch (error) {
      if (!(error instanceof PageDataError)) throw error;
      faulty.push(file);
      for (const problem of error.problems) {
        findings.push({
          severity: "error",
          file,
          line: problemLine(source, file, problem),
          title: TITLES.frontMatter,
          message: problem,
        });
      }
    }
  }
  return { findings, faulty };
}
