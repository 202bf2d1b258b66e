import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { CHANTIERS } from "../measure/plans-fixture.ts";

/** Pages a section: a publication of thousands of pages is read section by section. */
export const PAGES_PER_SECTION = 40;
const STAGES = ["realisation", "experimentation", "reflexion"];

function page(frontMatter: string[], body: string): string {
  return `---\n${frontMatter.join("\n")}\n---\n\n${body}\n`;
}

/**
 * Writes `count` deterministic Markdown pages below `folder`, in sections of 40 under one index
 * page, as a contributor would: front matter, headings, a list, a link. Returns the page files.
 */
export async function generatePages(folder: string, count: number, parentKey: string): Promise<string[]> {
  const files: string[] = [];
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, "index.md"),
    page(
      [
        "title: Fiches",
        "description: Fiches générées pour mesurer la construction.",
        `eleventyNavigation:\n  key: fiches\n  parent: ${parentKey}\n  order: 90`,
      ],
      "Les fiches.",
    ),
  );
  for (let first = 0; first < count; first += PAGES_PER_SECTION) {
    const section = first / PAGES_PER_SECTION;
    const sectionFolder = path.join(folder, `section-${String(section).padStart(3, "0")}`);
    await mkdir(sectionFolder, { recursive: true });
    await writeFile(
      path.join(sectionFolder, "index.md"),
      page(
        [
          `title: Section ${section}`,
          `description: Section ${section} des fiches.`,
          `eleventyNavigation:\n  key: fiches-${section}\n  parent: fiches\n  order: ${section}`,
        ],
        `Section ${section}.`,
      ),
    );
    for (let number = first; number < Math.min(first + PAGES_PER_SECTION, count); number += 1) {
      const file = path.join(sectionFolder, `fiche-${String(number).padStart(5, "0")}.md`);
      await writeFile(
        file,
        page(
          [
            `title: Fiche ${number}`,
            `description: Fiche ${number}, générée pour la mesure.`,
            "date: 2023-01-01",
            `eleventyNavigation:\n  parent: fiches-${section}\n  order: ${number}`,
          ],
          [
            "## Contexte",
            `La fiche ${number} décrit une mesure d'économie d'énergie, avec un [retour](/plans-action/).`,
            "## Mise en œuvre",
            "- Inventorier le parc.\n- Allonger la durée d'usage.",
            "## Résultat",
            "À suivre.",
          ].join("\n\n"),
        ),
      );
      files.push(file);
    }
  }
  return files;
}

/** Adds `count` deterministic actions to the project's `_data/actions.ts`, over chantiers and stages. */
export async function addActions(projectDir: string, count: number): Promise<void> {
  const file = path.join(projectDir, "_data/actions.ts");
  const source = await readFile(file, "utf8");
  const marker = "const actions: ActionData<ChantierId, MinistryId>[] = [\n";
  const entries = Array.from({ length: count }, (_, number) => {
    const chantier = CHANTIERS[number % CHANTIERS.length];
    const stage = STAGES[Math.floor(number / CHANTIERS.length) % STAGES.length];
    const title = `Mesure générée n° ${number}, pour la mesure de la construction.`;
    return `  { id: "mesure-${number}", chantier: "${chantier}", stage: "${stage}", stageSource: "editorial", title: "${title}" },`;
  });
  await writeFile(file, source.replace(marker, `${marker}${entries.join("\n")}\n`));
}
