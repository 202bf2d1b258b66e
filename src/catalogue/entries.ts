import type { z } from "zod";
import { type CatalogueProblems, type EntryStep, entryLabel, entryStep } from "./problems.ts";

/*
 * A data file's entries read against their schema: the valid ones are kept, and each invalid
 * one is reported, by the file, the entry and the field, so that one run tells every mistake.
 */

/** The field an issue names, as a contributor writes it. */
export function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return issue.keys.join(", ");
  return issue.path.length ? issue.path.join(".") : "(entrée entière)";
}

/** The valid entries of a file whose export is a list of `kind`s. */
export function parseList<T>(
  problems: CatalogueProblems,
  file: string,
  kind: string,
  value: unknown,
  schema: z.ZodType<T>,
): T[] {
  if (!Array.isArray(value)) {
    problems.add(file, "export par défaut", "default", "une liste est attendue");
    return [];
  }
  const valid: T[] = [];
  value.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.add(file, entryLabel(kind, item, index), fieldOf(issue), issue.message, [
          entryStep(item, index),
        ]);
  });
  return valid;
}

/** The export of a file that holds one object, named `kind` in messages; none when invalid. */
export function parseObject<T>(
  problems: CatalogueProblems,
  file: string,
  kind: string,
  value: unknown,
  schema: z.ZodType<T>,
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.add(file, kind, fieldOf(issue), issue.message);
  return undefined;
}

/** The ids a file's list declares, its invalid entries' included. */
export function declaredIds(value: unknown): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(value)) return ids;
  for (const item of value as unknown[]) {
    const id: unknown = typeof item === "object" && item !== null && "id" in item ? item.id : undefined;
    if (typeof id === "string") ids.add(id);
  }
  return ids;
}

/** Reports each entry whose id an earlier one bears; `within` leads to the list in the file. */
export function checkUniqueIds(
  problems: CatalogueProblems,
  file: string,
  kind: string,
  entries: { id: string }[],
  within: EntryStep[] = [],
): void {
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const nth = seen.get(entry.id) ?? 0;
    if (nth) {
      problems.add(file, `${kind} « ${entry.id} »`, "id", "identifiant en double", [
        ...within,
        { id: entry.id, nth },
      ]);
    }
    seen.set(entry.id, nth + 1);
  }
}
