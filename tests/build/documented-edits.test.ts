import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { actionsFileWith, ministriesFileWithDocument } from "../support/data-edit.ts";
import {
  documentedAction,
  documentedMinistryDocument,
  documentedNewsPost,
  documentedPage,
  documentedPlan,
} from "../support/documented-examples.ts";
import { projectRoot, projectVariant } from "../support/project.ts";

const run = promisify(execFile);

/** The test files whose expectations come from the content and the data. */
const CONTENT_DEPENDENT_TESTS = [
  "tests/build/catalogue.test.ts",
  "tests/build/publication.test.ts",
  "tests/build/site-pages.test.ts",
  "tests/build/news-and-feeds.test.ts",
  "tests/quality/links.test.ts",
  "tests/quality/html-validity.test.ts",
];

/** What `npm run check` and `npm run lint` read, beside the project's own files. */
const LINT_SETTINGS = ["eslint.config.js", ".prettierrc.json", ".prettierignore"];

/** Each edit as README and CONTRIBUTING describe it, with their own examples, one file each. */
async function documentedEdits(): Promise<Record<string, string>> {
  const settings = await Promise.all(
    LINT_SETTINGS.map(async (file) => [file, await readFile(path.join(projectRoot, file), "utf8")] as const),
  );
  return {
    ...Object.fromEntries(settings),
    "_data/actions.ts": await actionsFileWith(await documentedAction()),
    "content/plans-action/nouvelle-page.md": await documentedPage(),
    "content/actualites/2026-12-01-titre-court.md": await documentedNewsPost(),
    "_data/ministries.ts": await ministriesFileWithDocument(await documentedMinistryDocument()),
    "_data/plans/culture-2022.ts": await documentedPlan(),
  };
}

describe("a contributor's documented edits", () => {
  it("pass the type check and the lint, pasted exactly as shown", { timeout: 300_000 }, async () => {
    const edits = await documentedEdits();
    const projectDir = await projectVariant(edits, { withTests: true });
    // `npm run lint`'s own tools and settings, on the edited files: the rest is the suite's own lint.
    const edited = Object.keys(edits).filter((file) => !LINT_SETTINGS.includes(file));
    const bin = (name: string) => path.join(projectRoot, "node_modules/.bin", name);
    const commands: [string, string[]][] = [
      ["npm", ["run", "--silent", "check"]],
      [bin("eslint"), edited],
      [bin("prettier"), ["--check", ...edited]],
    ];
    for (const [command, args] of commands) {
      const failure = await run(command, args, {
        cwd: projectDir,
        maxBuffer: 64 * 1024 * 1024,
      }).then(
        () => "",
        (error: unknown) => {
          const { stdout, stderr } = error as { stdout?: string; stderr?: string };
          return `${stdout ?? ""}${stderr ?? String(error)}`;
        },
      );
      expect(failure, `${path.basename(command)} ${args.join(" ")}`).toBe("");
    }
  });

  it("leave the build and every content-dependent test green", { timeout: 600_000 }, async () => {
    const projectDir = await projectVariant(await documentedEdits(), { withTests: true });
    // The inner run is a run of its own, not a worker of this one.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith("VITEST")));
    const vitest = path.join(projectRoot, "node_modules/.bin/vitest");
    const args = ["run", "--config", "tests/vitest.config.ts", ...CONTENT_DEPENDENT_TESTS];
    const result = await run(vitest, args, { cwd: projectDir, env, maxBuffer: 64 * 1024 * 1024 }).then(
      ({ stdout, stderr }) => ({ ok: true, output: `${stderr}\n${stdout}` }),
      (error: unknown) => {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        return { ok: false, output: `${stderr ?? ""}\n${stdout ?? String(error)}` };
      },
    );
    const lines = result.output.trim().split("\n");
    const failures = lines.filter((line) => /FAIL|AssertionError|Error:/.test(line)).join("\n");
    expect(lines.at(-1), failures).toMatch(/^[1-9]\d* passed, 0 failed$/);
    expect(result.ok).toBe(true);
  });
});
