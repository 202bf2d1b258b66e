/*
 * The benches' command lines: each bench reads its options with `parseArgs` (node:util, strict) in
 * its `main`, and `runBench` turns a bad option into a French message and the bench's usage, with
 * exit code 2, before anything is built or measured.
 */

/** A command line the bench cannot run with, told in French. */
export class UsageError extends Error {}

/** The argument `parseArgs` quoted in its message: `--pages` of "Option '--pages <value>' argument missing". */
const quoted = (message: string) => /'([^']*)'/.exec(message)?.[1] ?? "";

/** `parseArgs`'s errors, which Node writes in English, in French. */
function inFrench(error: unknown): string | undefined {
  if (error instanceof UsageError) return error.message;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof message !== "string") return undefined;
  const argument = quoted(message);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `option inconnue : ${argument}`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `argument inattendu : ${argument}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = argument.replace(/ <value>$/, "");
    return option === argument
      ? `l'option ${option} ne prend pas de valeur`
      : `l'option ${option} attend une valeur`;
  }
  return undefined;
}

/** A whole number of at least `least`, from option `--name`. */
export function wholeNumber(value: string, name: string, least: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < least)
    throw new UsageError(`--${name} : nombre entier d'au moins ${least} attendu, et non « ${value} »`);
  return number;
}

/** Runs a bench's `main` on the command line's arguments; a bad one prints the usage instead. */
export async function runBench(usage: string, main: (args: string[]) => Promise<void> | void): Promise<void> {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    const message = inFrench(error);
    if (message === undefined) throw error;
    console.error(`${message}\n\n${usage}`);
    process.exitCode = 2;
  }
}
