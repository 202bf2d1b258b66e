/** Every problem of a spreadsheet at once, each with its row and column; no plan file was made. */
export class PlanImportError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Le tableau n'a pas été importé (${problems.length} erreur(s)) :\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
    this.name = "PlanImportError";
  }
}
