import { ProblemListError } from "../problem-list.ts";

/** Every problem of a spreadsheet at once, each with its row and column; no plan file was made. */
export class PlanImportError extends ProblemListError {
  constructor(problems: string[]) {
    super(`Le tableau n'a pas été importé (${problems.length} erreur(s)) :`, problems);
    this.name = "PlanImportError";
  }
}
