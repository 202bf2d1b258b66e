import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { actionsFileWith } from "../support/data-edit.ts";
import { projectRoot, projectVariant, temporaryFolder } from "../support/project.ts";

const run = promisify(execFile);

/** A Markdown page of the publication, as a contributor writes it. */
const page = (frontMatter: string[], body: string) => ["---", ...frontMatter, "---", "", body, ""].join("\n");

const NOTES = "content/plans-action/test-notes.md";
const notesPage = (body: string) =>
  page(
    [
      "title: Une page suivie",
      "description: Une page dont le texte change.",
      "modifications:",
      "  - date: 2026-01-05",
      "    note: Première version.",
    ],
    body,
  );

const BROKEN = "content/plans-action/test-cassee.md";
const BROKEN_PAGE = page(
  ["title: Cassée", "description: Une date impossible.", "date: 2022-13-45"],
  "Texte.",
);

const LINKS = "content/plans-action/test-liens.md";
const LINKS_PAGE = page(
  ["title: Des liens", "description: Une page dont un lien ne mène nulle part."],
  "Voir [l'accueil de la publication](/plans-action/).\n\nEt [une page qui n'existe pas](/plans-action/nulle-part/).",
);

const ACTION = [
  "  {",
  '    id: "action-du-test",',
  '    chantier: "chantier-du-test",',
  '    stage: "realisation",',
  '    stageSource: "editorial",',
  '    title: "Une action rattachée à un chantier inconnu.",',
  "  },",
].join("\n");

/** The line (from 1) of the first line of `text` that contains `part`. */
const lineOf = (text: string, part: string) => {
  const index = text.split("\n").findIndex((line) => line.includes(part));
  if (index < 0) throw new Error(`« ${part} » n'est pas dans le texte`);
  return index + 1;
};

interface CheckRun {
  code: number;
  /** The workflow commands printed. */
  annotations: string[];
  summary: string;
}

/** `npm run check:pr -- --base <baseDir>` in a project, as the pull request's workflow runs it. */
async function checkPullRequest(headDir: string, baseDir: string): Promise<CheckRun> {
  const summaryFile = path.join(await temporaryFolder("summary"), "summary.md");
  const tsx = path.join(projectRoot, "node_modules", ".bin", "tsx");
  const { code, stdout } = await run(tsx, ["src/checks/pull-request.ts", "--base", baseDir], {
    cwd: headDir,
    env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: unknown) => error as { code: number; stdout: string },
  );
  const annotations = stdout.split("\n").filter((line) => line.startsWith("::"));
  return { code, annotations, summary: await readFile(summaryFile, "utf8") };
}

let baseDir: string;
beforeAll(async () => {
  baseDir = await projectVariant({ [NOTES]: notesPage("Le premier texte.") });
});

describe("the pull request's check", () => {
  it("tells a front matter, a catalogue entry and a dead link on their lines, all in one run", async () => {
    const actions = await actionsFileWith(ACTION);
    const headDir = await projectVariant({
      [NOTES]: notesPage("Un texte réécrit, sans note nouvelle."),
      [BROKEN]: BROKEN_PAGE,
      [LINKS]: LINKS_PAGE,
      "_data/actions.ts": actions,
    });
    const { code, annotations, summary } = await checkPullRequest(headDir, baseDir);

    const expected = [
      `::error file=_data/actions.ts,line=${lineOf(actions, '"chantier-du-test"')},title=Donnée du catalogue invalide::` +
        "_data/actions.ts : action « action-du-test », champ « chantier » : chantier inconnu « chantier-du-test » " +
        "(voir _data/chantiers.ts)",
      `::error file=${BROKEN},line=${lineOf(BROKEN_PAGE, "date:")},title=Front matter invalide::` +
        `${BROKEN} : champ « date » : date attendue au format AAAA-MM-JJ, et qui existe`,
      `::error file=${LINKS},line=${lineOf(LINKS_PAGE, "/nulle-part/")},title=Lien mort::` +
        `${LINKS} : /plans-action/test-liens/ : /plans-action/nulle-part/ ne mène à aucun fichier construit`,
      `::warning file=${NOTES},line=${lineOf(notesPage(""), "modifications:")},title=Note de modification manquante::` +
        `${NOTES} : champ « modifications » : le texte de la page change sans nouvelle note pour ses lecteurs ; ` +
        "ajoutez une entrée (« - date: AAAA-MM-JJ » puis « note: … ») qui dit ce qui change",
    ];
    // The project's own pages may have mistakes of their own: only the fixtures' are asserted.
    const fixtures = [NOTES, BROKEN, LINKS, "_data/actions.ts"];
    expect(annotations.filter((line) => fixtures.some((file) => line.includes(`file=${file},`)))).toEqual(
      expected,
    );
    expect(code).toBe(1);

    // Errors come first, then the pages: the new page with its title, the changed one too.
    const errors = summary.indexOf("### Ce qui empêche la publication");
    expect(errors).toBeGreaterThanOrEqual(0);
    expect(summary.indexOf(`\`${BROKEN}:${lineOf(BROKEN_PAGE, "date:")}\``)).toBeGreaterThan(errors);
    expect(summary.indexOf("### À vérifier")).toBeGreaterThan(errors);
    const added = summary.indexOf("#### Pages ajoutées");
    expect(added).toBeGreaterThan(summary.indexOf("### À vérifier"));
    expect(summary.slice(added)).toContain("| Des liens | `/plans-action/test-liens/` |");
    expect(summary.slice(summary.indexOf("#### Pages modifiées"))).toContain(
      "| Une page suivie | `/plans-action/test-notes/` |",
    );
    expect(summary).toContain(`- \`${BROKEN}\` : laissé de côté`);
    expect(summary).toContain("- `_data/actions.ts` : pris dans la branche de base");
  });

  it("passes a pull request without mistakes, with no page changed", async () => {
    // Two copies of the project, as the workflow checks out the pull request and its base branch.
    const headDir = await projectVariant({ [NOTES]: notesPage("Le premier texte.") });
    const { code, annotations, summary } = await checkPullRequest(headDir, baseDir);
    expect(annotations.filter((line) => line.startsWith("::error"))).toEqual([]);
    expect(code).toBe(0);
    expect(summary).toContain("Rien : le site se construit et ses liens mènent quelque part.");
    expect(summary).toContain("Aucune page ne change.");
  });
});
