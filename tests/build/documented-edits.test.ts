import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { actionsFileWith, ministriesFileWithDocument } from "../support/data-edit.ts";
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

/** Each edit as README and CONTRIBUTING describe it, one file each. */
async function documentedEdits(): Promise<Record<string, string>> {
  return {
    "_data/actions.ts": await actionsFileWith(`  {
    id: "louer-des-equipements",
    chantier: "achats",
    stage: "experimentation",
    title: "Louer des équipements plutôt que les acheter.",
    note: "Pourquoi cette action est à ce stade.",
  },`),
    "content/plans-action/nouvelle-page.md": `---
title: Nouvelle page
description: Une phrase qui résume la page (moins de 160 caractères).
date: 2023-05-02
eleventyNavigation:
  parent: plansAction
  title: Nouvelle page
  order: 25
---

Le texte de la page.
`,
    "content/actualites/2026-12-01-nouvelle-actualite.md": `---
title: Une nouvelle actualité
description: Une phrase qui résume l'actualité.
date: 2026-12-01
---

Le texte de l'actualité, qui renvoie vers [les actions](/plans-action/les-actions/).
`,
    "_data/ministries.ts": await ministriesFileWithDocument(
      '{ title: "Bilan du plan d\'action", size: "1 Mo" }',
    ),
  };
}

describe("a contributor's documented edits", () => {
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
