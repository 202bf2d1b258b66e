import { readFile } from "node:fs/promises";
import path from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { contentPages } from "./front-matter-check.ts";
import { type Finding, TITLES } from "./findings.ts";
import { frontMatterFieldLine, frontMatterOf } from "./front-matter-lines.ts";

/*
 * A page's readers learn what changed from its `modifications` list (`- date: …` / `note: …`):
 * a pull request that rewrites a page's text without adding a note is told so. Only told: a
 * typo fixed needs no note.
 */

/** The page's notes, each as one comparable string; nothing when its front matter does not read. */
function notesOf(yaml: string): Set<string> | undefined {
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const notes: unknown = typeof data === "object" && data ? Reflect.get(data, "modifications") : undefined;
  return new Set(Array.isArray(notes) ? notes.map((note) => JSON.stringify(note)) : []);
}

/** The warning for a Markdown page whose text changed from `before` to `after` with no new note. */
export function missingChangeNote(file: string, before: string, after: string): Finding | undefined {
  const [old, current] = [frontMatterOf(before), frontMatterOf(after)];
  if ((old?.body ?? before) === (current?.body ?? after)) return undefined;
  const [oldNotes, notes] = [notesOf(old?.yaml ?? ""), notesOf(current?.yaml ?? "")];
  if (!oldNotes || !notes || [...notes].some((note) => !oldNotes.has(note))) return undefined;
  return {
    severity: "warning",
    file,
    line: frontMatterFieldLine(after, "modifications") ?? 1,
    title: TITLES.changeNotes,
    message:
      `${file} : champ « modifications » : le texte de la page change sans nouvelle note pour ses ` +
      "lecteurs ; ajoutez une entrée (« - date: AAAA-MM-JJ » puis « note: … ») qui dit ce qui change",
  };
}

/** The warnings for the Markdown pages of `headDir` that `baseDir` has too. */
export async function checkChangeNotes(headDir: string, baseDir: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of await contentPages(headDir)) {
    if (!file.endsWith(".md")) continue;
    const before = await readFile(path.join(baseDir, file), "utf8").catch(() => undefined);
    if (before === undefined) continue;
    const finding = missingChangeNote(file, before, await readFile(path.join(headDir, file), "utf8"));
    if (finding) findings.push(finding);
  }
  return findings;
}
