import { readFile } from "node:fs/promises";
import path from "node:path";
import { CATALOGUE_FILES } from "../catalogue/files.ts";
import { loadCatalogue, planFiles } from "../catalogue/load.ts";
import { CatalogueError, type CatalogueProblem } from "../catalogue/problems.ts";
import { importDataModule } from "../data-modules.ts";
import { dataFieldLine } from "./data-file-lines.ts";
import { type Finding, TITLES } from "./findings.ts";

/*
 * The catalogue's data files, checked as the build loads them (src/catalogue/load.ts), each
 * mistake located on its line. A file that cannot even be read (a missing comma) is told first:
 * the others are checked against it once it reads.
 */

export interface CatalogueCheck {
  findings: Finding[];
  /** The data files at fault, to be taken from the base branch for a build. */
  faulty: string[];
}

/** Every data file of the catalogue in a project, relative to it. */
export async function catalogueSources(projectDir: string): Promise<string[]> {
  return [...Object.values(CATALOGUE_FILES), ...(await planFiles(projectDir))];
}

/** Why a data module does not import, on its line where the error says it (esbuild, a stack). */
function unreadable(projectDir: string, file: string, error: unknown): Finding {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error);
  const absolute = path.join(projectDir, file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const line = Number(new RegExp(`${absolute}:(\\d+)`).exec(text)?.[1] ?? 1);
  const reason = /ERROR: (.+)/.exec(text)?.[1] ?? (error instanceof Error ? error.message : String(error));
  return {
    severity: "error",
    file,
    line,
    title: TITLES.unreadable,
    message:
      `${file} : ligne ${line} : le fichier ne se lit pas comme du TypeScript (${reason.trim()}) ; ` +
      "le reste du catalogue sera vérifié une fois le fichier lisible",
  };
}

/** A problem known only by its text (`<file> : ministère « id », … champ « field » : …`), located as well as it says. */
function fromText(message: string): CatalogueProblem {
  const file = message.split(" : ")[0] ?? "";
  const id = /« ([^»]+) »/.exec(message.slice(file.length))?.[1];
  const field = [...message.matchAll(/champ « ([^»]+) »/g)].at(-1)?.[1] ?? "";
  return { file, entry: id ? [{ id }] : [], field, message };
}

async function located(projectDir: string, problems: readonly CatalogueProblem[]): Promise<Finding[]> {
  const texts = new Map<string, string | undefined>();
  const findings: Finding[] = [];
  for (const problem of problems) {
    if (!texts.has(problem.file)) {
      texts.set(
        problem.file,
        await readFile(path.join(projectDir, problem.file), "utf8").catch(() => undefined),
      );
    }
    const text = texts.get(problem.file);
    const line = text === undefined ? 1 : dataFieldLine(text, problem.entry, problem.field);
    findings.push({
      severity: "error",
      file: problem.file,
      line,
      title: TITLES.catalogue,
      message: problem.message,
    });
  }
  return findings;
}

/** The catalogue's mistakes in a project, each on its file and line. */
export async function checkCatalogue(projectDir: string): Promise<CatalogueCheck> {
  const sources = await catalogueSources(projectDir);
  const findings: Finding[] = [];
  for (const file of sources) {
    await importDataModule(path.join(projectDir, file)).catch((error: unknown) => {
      findings.push(unreadable(projectDir, file, error));
    });
  }
  if (findings.length) return { findings, faulty: findings.map((finding) => finding.file ?? "") };
  try {
    await loadCatalogue(projectDir);
    return { findings: [], faulty: [] };
  } catch (error) {
    if (!(error instanceof CatalogueError)) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        findings: [
          {
            severity: "error",
            line: 1,
            title: TITLES.catalogue,
            message: `Le catalogue ne se charge pas : ${reason}`,
          },
        ],
        faulty: sources,
      };
    }
    const problems =
      error.details.length === error.problems.length ? error.details : error.problems.map(fromText);
    const found = await located(projectDir, problems);
    return { findings: found, faulty: [...new Set(problems.map((problem) => problem.file))] };
  }
}
