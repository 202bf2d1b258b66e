import { existsSync } from "node:fs";
import path from "node:path";
import { CORE_SCHEMA, YAMLException, load } from "js-yaml";
import { changeNoteSchema } from "../catalogue/schema.ts";
import { ProblemListError } from "../problem-list.ts";
import { z } from "../validation.ts";

/*
 * The front-matter gate. Every template's front matter is parsed here, file by file, before
 * Eleventy reads a field of it: a mistake stops the build with a French message naming the file
 * and the field, before Eleventy would trip over it with its own English one (an impossible
 * date, a layout that does not exist).
 */

/** Longer descriptions are cut in search results. */
export const MAX_DESCRIPTION_LENGTH = 160;

const text = z
  .string({ error: (issue) => (issue.input === undefined ? "champ obligatoire" : "texte attendu") })
  .trim()
  .min(1, "texte vide");

/** A change note: the catalogue's shape, with messages a page's author can act on. */
const changeNote = z.strictObject(
  { ...changeNoteSchema.shape, note: text },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `clé inconnue ${issue.keys.map((key) => `« ${key} »`).join(", ")} (une note n'a que « date » et « note »)`
        : "une note attendue, avec « date » et « note »",
  },
);

/** What any template may declare; other keys (permalink, pagination…) pass untouched. */
const templateFrontMatter = z.looseObject({
  title: text.optional(),
  description: text.optional(),
  metaDescription: text
    .max(MAX_DESCRIPTION_LENGTH, `${MAX_DESCRIPTION_LENGTH} caractères au plus`)
    .optional(),
  // YAML dates are kept as text (see `frontMatterParser`), so an impossible one can be refused.
  date: z.iso.date("date attendue au format AAAA-MM-JJ, et qui existe").optional(),
  layout: z.union([text, z.literal(false)]).optional(),
  draft: z.boolean("true ou false attendu").optional(),
  eleventyNavigation: z
    .looseObject({
      key: text.optional(),
      parent: text.optional(),
      title: text.optional(),
      order: z.number("nombre attendu").int("nombre entier attendu").optional(),
      excludeFromSidebar: z.boolean("true ou false attendu").optional(),
    })
    .optional(),
  modifications: z.array(changeNote, "liste attendue, une note par modification (« - date: … »)").optional(),
});

/** A Markdown page is prose with a title and a summary of its own. */
export const markdownFrontMatter = templateFrontMatter.extend({ title: text, description: text });

/** Every problem of one page's data (front matter, data file) at once, each naming the file and the field. */
export class PageDataError extends ProblemListError {
  constructor(problems: string[]) {
    super("Données de page invalides :", problems);
    this.name = "PageDataError";
  }
}

const YAML_REASONS: Record<string, string> = {
  "duplicated mapping key": "clé en double",
  "bad indentation of a mapping entry": "indentation incorrecte",
  "end of the stream or a document separator is expected": "ligne inattendue",
};

/** The line in the file of a line of the front matter, which comes after the opening `---` (and its line break). */
const fileLine = (source: string, line: number) => line + (/^\r?\n/.test(source) ? 1 : 2);

/** js-yaml's error, in French, naming the key of the faulty line where there is one. */
function yamlProblem(file: string, source: string, error: YAMLException): string {
  const line = error.mark?.line ?? 0;
  const key = /^\s*([^\s:#][^:]*):/.exec(source.split(/\r?\n/)[line] ?? "")?.[1];
  const where = key
    ? `champ « ${key} » (ligne ${fileLine(source, line)})`
    : `ligne ${fileLine(source, line)}`;
  return `${file} : ${where} : ${YAML_REASONS[error.reason] ?? `YAML illisible (${error.reason})`}`;
}

/** The key a YAML line gives, after the dash of a list entry: `  - date: …` gives `date`. */
const lineKey = (line: string) => /^\s*(?:-\s+)?([^\s:#][^:]*?)\s*:/.exec(line)?.[1];

/**
 * The line in the file of an entry of a top-level list written one entry a line (`key:` then
 * `- …`), or of one of its fields; none when the list is written otherwise (`key: [...]`).
 */
function listEntryLine(source: string, key: string, index: number, field?: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const start = lines.findIndex((line) => !/^\s/.test(line) && lineKey(line) === key);
  if (start < 0) return undefined;
  const indent = (line: number) => /^\s*/.exec(lines[line] ?? "")?.[0].length ?? 0;
  const entries: number[] = [];
  let end = start + 1;
  // The list ends at the next top-level key; deeper dashes are lists inside an entry.
  for (; end < lines.length && !/^[^\s#-]/.test(lines[end] ?? ""); end++) {
    const first = entries[0];
    if (/^\s*-(\s|$)/.test(lines[end] ?? "") && (first === undefined || indent(end) === indent(first))) {
      entries.push(end);
    }
  }
  const entry = entries[index];
  if (entry === undefined) return undefined;
  const entryEnd = entries[index + 1] ?? end;
  const fieldLine = lines.slice(entry, entryEnd).findIndex((line) => field && lineKey(line) === field);
  return fileLine(source, fieldLine < 0 ? entry : entry + fieldLine);
}

/** A schema's issue, naming the field; an entry of a list by its number from 1, and its line. */
function schemaProblem(file: string, source: string, issue: z.core.$ZodIssue): string {
  const [key, index, ...rest] = issue.path;
  if (typeof key !== "string" || typeof index !== "number") {
    return `${file} : champ « ${issue.path.join(".") || "(front matter)"} » : ${issue.message}`;
  }
  const field = rest.length ? rest.join(".") : issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  const line = listEntryLine(source, key, index, field);
  const where = [
    `champ « ${key} »`,
    `entrée ${index + 1}`,
    ...(rest.length ? [`« ${rest.join(".")} »`] : []),
  ];
  return `${file} : ${where.join(", ")}${line ? ` (ligne ${line})` : ""} : ${issue.message}`;
}

export interface FrontMatterParserOptions {
  /** Where layouts are looked for. */
  includesDir: string;
}

/**
 * The check of a `layout` field, wherever it is given (a front matter, a directory data file):
 * the problem to report, naming the file, or nothing when the layout exists.
 */
export function layoutChecker(includesDir: string) {
  // Thousands of pages share a handful of layouts: one found is not looked for again. One missing
  // is, since the dev server may see it written a moment later.
  const layoutsFound = new Set<string>();
  return (file: string, layout: unknown): string | undefined => {
    if (typeof layout !== "string" || !layout.trim() || layoutsFound.has(layout)) return undefined;
    const layoutFile = path.join(includesDir, layout);
    if (existsSync(layoutFile) || existsSync(`${layoutFile}.njk`)) {
      layoutsFound.add(layout);
      return undefined;
    }
    return `${file} : champ « layout » : gabarit introuvable dans ${includesDir} (« ${layout} »)`;
  };
}

/**
 * Eleventy's YAML front-matter engine (it hands each file's path in `filePath`). YAML's default
 * schema turns `2022-13-45` into 14 February 2023 without a word: with the core schema, dates stay
 * text, checked here, then read by Eleventy as UTC dates.
 */
export function frontMatterParser({ includesDir }: FrontMatterParserOptions) {
  const layoutProblem = layoutChecker(includesDir);

  return (source: string, options: { filePath?: string } = {}): Record<string, unknown> => {
    const file = options.filePath ?? "(front matter)";
    let data: unknown;
    try {
      data = source.trim() ? load(source, { schema: CORE_SCHEMA }) : {};
    } catch (error) {
      if (error instanceof YAMLException) throw new PageDataError([yamlProblem(file, source, error)]);
      throw error;
    }
    const schema = file.endsWith(".md") ? markdownFrontMatter : templateFrontMatter;
    const result = schema.safeParse(data ?? {});
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => schemaProblem(file, source, issue));
    const layout = layoutProblem(
      file,
      typeof data === "object" && data ? Reflect.get(data, "layout") : undefined,
    );
    if (layout) problems.push(layout);
    if (problems.length) throw new PageDataError(problems);
    return (data ?? {}) as Record<string, unknown>;
  };
}
