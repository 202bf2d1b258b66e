import { existsSync } from "node:fs";
import { CORE_SCHEMA, load } from "js-yaml";
import path from "node:path";
import { z } from "zod";
// Loaded for its side effect too: validation messages in French.
import "../catalogue/schema.ts";

/**
 * YAML's default schema turns `2022-13-45` into 14 February 2023 without a word. With the core
 * schema, dates stay text: the schema below checks them, then Eleventy reads them as UTC dates.
 */
export function parseYamlFrontMatter(source: string): object {
  if (!source.trim()) return {};
  return (load(source, { schema: CORE_SCHEMA }) as object | null) ?? {};
}

/** Longer descriptions are cut in search results. */
export const MAX_DESCRIPTION_LENGTH = 160;

const text = z.string().trim().min(1, "texte vide");

const shortDescription = text.max(MAX_DESCRIPTION_LENGTH, `${MAX_DESCRIPTION_LENGTH} caractères au plus`);

/*
 * What every Markdown page must declare. Other keys (permalink, tags…) pass untouched.
 * A page whose front matter cannot change (the user's "Les actions") may keep a longer
 * `description` if its data gives the `metaDescription` that search results will show.
 */
export const pageFrontMatterSchema = z
  .looseObject({
    title: text,
    description: text,
    metaDescription: shortDescription.optional(),
    date: z.iso.date("date attendue au format AAAA-MM-JJ, et qui existe").optional(),
    layout: text,
    draft: z.boolean().optional(),
    eleventyNavigation: z
      .looseObject({
        key: text.optional(),
        parent: text.optional(),
        title: text.optional(),
        order: z.number().optional(),
        excludeFromSidebar: z.boolean().optional(),
      })
      .optional(),
  })
  .superRefine((page, context) => {
    if (page.description.length > MAX_DESCRIPTION_LENGTH && page.metaDescription === undefined) {
      context.addIssue({
        code: "custom",
        path: ["description"],
        message: `${MAX_DESCRIPTION_LENGTH} caractères au plus, sinon donnez un metaDescription qui les respecte`,
      });
    }
  });

// Thousands of pages share a handful of layouts: one found is not looked for again. One missing
// is, since the dev server may see it written a moment later.
const layoutsFound = new Set<string>();

function layoutExists(includesDir: string, layout: string): boolean {
  const file = path.join(includesDir, layout);
  if (layoutsFound.has(file)) return true;
  const found = existsSync(file) || existsSync(`${file}.njk`);
  if (found) layoutsFound.add(file);
  return found;
}

/** The problems of one page's data, each naming the file and the field; empty when valid. */
export function frontMatterProblems(
  inputPath: string,
  data: Record<string, unknown>,
  includesDir: string,
): string[] {
  const result = pageFrontMatterSchema.safeParse(data);
  const problems = result.success
    ? []
    : result.error.issues.map(
        (issue) => `${inputPath} : champ « ${issue.path.join(".")} » : ${issue.message}`,
      );
  if (typeof data.layout === "string" && data.layout && !layoutExists(includesDir, data.layout)) {
    problems.push(
      `${inputPath} : champ « layout » : gabarit introuvable dans ${includesDir} (« ${data.layout} »)`,
    );
  }
  return problems;
}

export class FrontMatterError extends Error {
  constructor(problems: string[]) {
    super(`Front matter invalide :\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
    this.name = "FrontMatterError";
  }
}

/** A draft is built by the dev server only: `npm run build` leaves it out. */
export function isLeftOutOfBuild(data: Record<string, unknown>, runMode: string | undefined): boolean {
  return data.draft === true && runMode === "build";
}
