/**
 * Every problem found at once, one line each, under a sentence that says what could not be done:
 * a contributor fixes them all in one go instead of meeting them one run at a time.
 */
export class ProblemListError extends Error {
  constructor(
    /** What could not be done, ending in a colon: the problems follow it, one a line. */
    summary: string,
    readonly problems: string[],
  ) {
    super(`${summary}\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
    this.name = "ProblemListError";
  }
}
