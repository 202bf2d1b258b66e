import { readFile } from "node:fs/promises";
import path from "node:path";
import { ESLint } from "eslint";
import * as prettier from "prettier";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { documentedEdits } from "../support/documented-edits.ts";
import { projectVariant } from "../support/project.ts";

/*
 * The documented edits, pasted as shown, pass `npm run check` and `npm run lint` with the
 * project's own settings. That they also keep the build and every test that reads the content
 * green is the other project of tests/vitest.config.ts, which runs those tests on the same edits.
 */

/** `npm run check` on the edited TypeScript files, with the project's compiler options. */
function typeErrors(projectDir: string, files: string[]): string[] {
  const configFile = path.join(projectDir, "tsconfig.json");
  const read = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file)) as { config: unknown };
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, projectDir);
  const program = ts.createProgram(
    files.map((file) => path.join(projectDir, file)),
    options,
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

async function lintErrors(projectDir: string, files: string[]): Promise<string[]> {
  const results = await new ESLint({ cwd: projectDir }).lintFiles(files);
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath}:${message.line} ${message.message}`),
  );
}

async function unformatted(projectDir: string, files: string[]): Promise<string[]> {
  const ignorePath = path.join(projectDir, ".prettierignore");
  const found: string[] = [];
  for (const file of files.map((name) => path.join(projectDir, name))) {
    if ((await prettier.getFileInfo(file, { ignorePath })).ignored) continue;
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    if (!(await prettier.check(await readFile(file, "utf8"), options))) found.push(file);
  }
  return found;
}

describe("a contributor's documented edits", () => {
  it("pass the type check and the lint, pasted exactly as shown", { timeout: 300_000 }, async () => {
    const edits = await documentedEdits();
    const projectDir = await projectVariant(edits);
    const edited = Object.keys(edits);
    const typed = edited.filter((file) => file.endsWith(".ts"));
    expect(typeErrors(projectDir, typed)).toEqual([]);
    expect(await lintErrors(projectDir, typed)).toEqual([]);
    expect(await unformatted(projectDir, edited)).toEqual([]);
  });
});
