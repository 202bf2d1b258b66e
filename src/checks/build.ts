import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface BuildOutcome {
  ok: boolean;
  /** What Eleventy printed. */
  output: string;
  /** The input file of each HTML page written (`content/…`), by the page's URL. */
  inputs: Map<string, string>;
}

/**
 * Builds a project folder with its own Eleventy command line, as `npm run build` does. Eleventy
 * is asked to name each file it writes (`--quiet=false`, whatever the configuration says): that
 * is how a page is traced back to its source.
 */
export async function buildProject(projectDir: string, outputDir: string): Promise<BuildOutcome> {
  const tsx = path.join(projectDir, "node_modules", ".bin", "tsx");
  const args = ["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts"];
  try {
    const { stdout, stderr } = await run(tsx, [...args, `--output=${outputDir}`, "--quiet=false"], {
      cwd: projectDir,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      maxBuffer: 256 * 1024 * 1024,
    });
    const output = stdout + stderr;
    return { ok: true, output, inputs: writtenPages(output, outputDir) };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message?: string };
    const output = `${failure.stdout ?? ""}${failure.stderr ?? ""}` || (failure.message ?? "");
    return { ok: false, output, inputs: new Map() };
  }
}

/** `[11ty] Writing /site/a/index.html from ./content/a.md (md)` lines, as URL → input file. */
export function writtenPages(output: string, outputDir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const match of output.matchAll(/^\[11ty\] Writing (.+?) from \.\/(\S+)/gm)) {
    const [, written = "", input = ""] = match;
    const file = path.relative(outputDir, written).split(path.sep).join("/");
    if (file.endsWith(".html")) pages.set(`/${file}`.replace(/index\.html$/, ""), input);
  }
  return pages;
}

/** A problem the build stopped on, from a check of the project that names its file. */
export interface BuildProblem {
  file: string;
  message: string;
}

/**
 * The problems Eleventy printed when it stopped, those written as the project's own checks
 * write them (`./content/… : champ « … » : …`); each once, though Eleventy prints them twice.
 */
export function buildProblems(output: string): BuildProblem[] {
  const problems = new Map<string, BuildProblem>();
  for (const raw of output.split("\n")) {
    const line = raw
      .replace(/^\[11ty\]\s*/, "")
      .replace(/^(?:\d+\.|-)\s+/, "")
      .replace(/\s+\(via \w+\)$/, "")
      .trim();
    const match = /^(?:\.\/)?(content\/\S+) : (.+)$/.exec(line);
    if (match?.[1] && match[2]) problems.set(line, { file: match[1], message: `${match[1]} : ${match[2]}` });
  }
  return [...problems.values()];
}

/** Eleventy's own account of why it stopped: its first report, without the stack trace. */
export function buildFailureText(output: string): string {
  const lines = output.split("\n").map((line) => line.replace(/^\[11ty\] ?/, "").trimEnd());
  const start = lines.findIndex((line) =>
    /^(Problem writing Eleventy templates|Eleventy Fatal Error)/.test(line),
  );
  const end = lines.findIndex((line, index) => index > start && /^Original error stack trace/.test(line));
  const report = start < 0 ? [] : lines.slice(start + 1, end < 0 ? undefined : end);
  const text = report.map((line) => line.trim()).filter(Boolean);
  return (text.length ? text : lines.filter(Boolean).slice(-5)).join("\n");
}

/**
 * The file Eleventy's account names as the cause, and its line when it gives one: a template in
 * parentheses (`(./_includes/layouts/base.njk) [Line 9, Column 5]`), else the page being written.
 */
export function failedFile(text: string): { file: string; line: number } | undefined {
  const template = /\(\.\/((?:_includes|content)\/[^)\s]+)\)(?: \[Line (\d+), Column \d+\])?/.exec(text);
  if (template?.[1]) return { file: template[1], line: Number(template[2] ?? 1) };
  const page = /\.\/(content\/[^"\s]+?)["\s.]*(?:\s|$)/.exec(text);
  return page?.[1] ? { file: page[1], line: 1 } : undefined;
}
