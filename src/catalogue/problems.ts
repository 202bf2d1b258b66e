import { ProblemListError } from "../problem-list.ts";

/*
 * A problem of the catalogue, told twice: as the line the build prints, naming the file, the
 * entry and the field, and located, for the tools that annotate the entry's line in its file.
 */

/**
 * One step from a data file's default export down to an entry: a key of an object, or an entry
 * of a list by its id (the `nth` one to bear it, from 0, when several do) or by its position.
 */
export type EntryStep = string | { id: string; nth?: number } | { index: number };

/** A problem as tools that point at its line need it: `message` is the line `problems` lists. */
export interface CatalogueProblem {
  file: string;
  /** The path from the file's default export to the entry at fault; empty for the export itself. */
  entry: EntryStep[];
  /** The field, dot-separated as the message names it. */
  field: string;
  message: string;
}

/** Every problem of the catalogue at once, one line each, naming the file, the entry and the field. */
export class CatalogueError extends ProblemListError {
  constructor(
    problems: string[],
    /** The same problems, located; empty when the thrower knows only their text. */
    readonly details: readonly CatalogueProblem[] = [],
  ) {
    super(`Le catalogue des actions contient ${problems.length} erreur(s) :`, problems);
    this.name = "CatalogueError";
  }
}

/** The problems found so far, as lines and located, in the order they were found. */
export class CatalogueProblems {
  readonly list: string[] = [];
  readonly details: CatalogueProblem[] = [];

  add(file: string, entry: string, field: string, message: string, at: EntryStep[] = []): void {
    const line = `${file} : ${entry}, champ « ${field} » : ${message}`;
    this.list.push(line);
    this.details.push({ file, entry: at, field, message: line });
  }
}

const idOf = (item: unknown) =>
  typeof item === "object" && item !== null && "id" in item && typeof item.id === "string" && item.id
    ? item.id
    : undefined;

/** How a message names an entry of a list: by its id, else by its position from 1. */
export function entryLabel(kind: string, item: unknown, index: number): string {
  const id = idOf(item);
  return id ? `${kind} « ${id} »` : `${kind} n° ${index + 1}`;
}

/** The step to the entry `entryLabel` names. */
export function entryStep(item: unknown, index: number): EntryStep {
  const id = idOf(item);
  return id ? { id } : { index };
}
