/*
 * Where things are in a page's front matter: the YAML between the opening `---` and the closing
 * one, and the line of a field in it, for an annotation on that line.
 */

export interface FrontMatterBlock {
  /** The text after the opening `---`, from its line break on, as Eleventy's YAML engine gets it. */
  yaml: string;
  /** The page's text after the closing `---`. */
  body: string;
}

/** The front matter of a page, or nothing when it has none (or one in another language than YAML). */
export function frontMatterOf(source: string): FrontMatterBlock | undefined {
  const opening = /^---[ \t]*(yaml|yml)?[ \t]*\r?\n/.exec(source);
  if (!opening) return undefined;
  const closing = /\r?\n---[ \t]*(\r?\n|$)/g;
  closing.lastIndex = opening[0].length - 1;
  const end = closing.exec(source);
  if (!end) return undefined;
  return {
    yaml: source.slice(3 + (opening[1]?.length ?? 0), end.index).replace(/^[ \t]*/, ""),
    body: source.slice(end.index + end[0].length),
  };
}

interface YamlLine {
  /** The column of the line's content, after any `- ` of a list entry. */
  column: number;
  /** The column of its `-`, when it starts a list entry. */
  dash?: number;
  key?: string;
}

function yamlLine(text: string): YamlLine | undefined {
  const match = /^(\s*)((?:-(?:\s+|$))*)(.*)$/.exec(text);
  const content = match?.[3] ?? "";
  if (!match || content.startsWith("#") || (!content && !match[2])) return undefined;
  const key = /^(?:"([^"]*)"|'([^']*)'|([^\s:#'"][^:#]*?))\s*:(\s|$)/.exec(content);
  return {
    column: (match[1]?.length ?? 0) + (match[2]?.length ?? 0),
    dash: match[2] ? (match[1]?.length ?? 0) : undefined,
    key: key ? (key[1] ?? key[2] ?? key[3]) : undefined,
  };
}

/**
 * The line in the file (from 1) of a field of the front matter, `eleventyNavigation.order` or
 * `modifications.0.date` (an entry of a list by its position): the deepest part of the path that
 * is written on a line of its own, or nothing when not even its first key is.
 */
export function frontMatterFieldLine(source: string, field: string): number | undefined {
  if (!frontMatterOf(source)) return undefined;
  const lines = source.split(/\r?\n/);
  const close = lines.findIndex((line, index) => index > 0 && /^---\s*$/.test(line));
  const parsed = lines.map((line, index) => (index > 0 && index < close ? yamlLine(line) : undefined));
  let [from, to, parentColumn] = [1, close, -1];
  let found: number | undefined;
  for (const part of field.split(".")) {
    const index = /^\d+$/.test(part) ? Number(part) : undefined;
    const at =
      index === undefined
        ? keyIn(parsed, from, to, parentColumn, part)
        : entryIn(parsed, from, to, parentColumn, index);
    if (at === undefined) break;
    found = at;
    const column = index === undefined ? (parsed[at]?.column ?? 0) : (parsed[at]?.dash ?? 0);
    [from, to, parentColumn] = [index === undefined ? at + 1 : at, blockEnd(parsed, at, to, index), column];
  }
  return found === undefined ? undefined : found + 1;
}

/** The first line of `[from, to)` giving `key` at the level just below `parentColumn`. */
function keyIn(
  parsed: (YamlLine | undefined)[],
  from: number,
  to: number,
  parentColumn: number,
  key: string,
): number | undefined {
  let column: number | undefined;
  for (let line = from; line < to; line++) {
    const entry = parsed[line];
    if (!entry) continue;
    if (entry.column <= parentColumn) return undefined;
    // The block's own keys are the ones in its first column; deeper ones belong to its fields.
    column ??= entry.column;
    if (entry.column === column && entry.key === key) return line;
  }
  return undefined;
}

/** The line where the list's `index`-th entry starts (from 0), its dashes in one column. */
function entryIn(
  parsed: (YamlLine | undefined)[],
  from: number,
  to: number,
  parentColumn: number,
  index: number,
): number | undefined {
  let column: number | undefined;
  let count = 0;
  for (let line = from; line < to; line++) {
    const entry = parsed[line];
    if (entry?.dash === undefined || entry.dash < parentColumn) continue;
    column ??= entry.dash;
    if (entry.dash !== column) continue;
    if (count === index) return line;
    count += 1;
  }
  return undefined;
}

/**
 * Where the block opened at `line` ends: at the next line as far left as its key, or, for an
 * entry of a list, at the next entry or at a line as far left as its dash.
 */
function blockEnd(parsed: (YamlLine | undefined)[], line: number, to: number, index?: number): number {
  const start = parsed[line];
  if (!start) return to;
  const dash = start.dash ?? 0;
  for (let next = line + 1; next < to; next++) {
    const entry = parsed[next];
    if (!entry) continue;
    const ends =
      index === undefined
        ? entry.column <= start.column
        : entry.column <= dash || (entry.dash !== undefined && entry.dash <= dash);
    if (ends) return next;
  }
  return to;
}
