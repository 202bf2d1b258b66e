import type { EntryStep } from "../catalogue/problems.ts";

/*
 * Where an entry and its field are written in a catalogue data file (TypeScript whose default
 * export is a literal list or object), for an annotation on that line. The file is read as
 * text, brackets, strings and comments told apart: enough for data written by hand, without a
 * TypeScript parser.
 */

interface Member {
  /** Where the member starts: its key in an object, its value in a list. */
  start: number;
  key?: string;
  /** Where its value starts. */
  value: number;
}

const CLOSING: Record<string, string> = { "{": "}", "[": "]", "(": ")" };

/** The offset just past the string or comment that starts at `at`, or `at` when none does. */
function skipQuoted(text: string, at: number): number {
  const char = text[at];
  if (char === "/" && text[at + 1] === "/") {
    const end = text.indexOf("\n", at);
    return end < 0 ? text.length : end;
  }
  if (char === "/" && text[at + 1] === "*") {
    const end = text.indexOf("*/", at + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (char !== '"' && char !== "'" && char !== "`") return at;
  for (let index = at + 1; index < text.length; index++) {
    if (text[index] === "\\") index += 1;
    else if (text[index] === char) return index + 1;
  }
  return text.length;
}

const skipSpace = (text: string, at: number): number => {
  let index = at;
  for (;;) {
    while (/\s/.test(text[index] ?? "")) index += 1;
    const next = text[index] === "/" ? skipQuoted(text, index) : index;
    if (next === index) return index;
    index = next;
  }
};

const KEY = /(?:([A-Za-z_$][\w$]*)|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*:/y;

/** The members of the object or list whose bracket is at `open`. */
function membersOf(text: string, open: number): Member[] {
  const closing = CLOSING[text[open] ?? ""];
  const members: Member[] = [];
  let depth = 0;
  let expecting = true;
  for (let index = skipSpace(text, open + 1); index < text.length; index = skipSpace(text, index)) {
    const char = text[index] ?? "";
    if (depth === 0 && expecting && char !== closing) {
      expecting = false;
      KEY.lastIndex = index;
      const key = text[open] === "{" ? KEY.exec(text) : null;
      if (key) {
        members.push({
          start: index,
          key: key[1] ?? key[2] ?? key[3],
          value: skipSpace(text, KEY.lastIndex),
        });
        index = KEY.lastIndex;
        continue;
      }
      members.push({ start: index, value: index });
    }
    expecting = false;
    const after = skipQuoted(text, index);
    if (after !== index) {
      index = after;
      continue;
    }
    if (char in CLOSING) depth += 1;
    else if (char === closing && depth === 0) return members;
    else if ("}])".includes(char)) depth -= 1;
    else if (char === "," && depth === 0) expecting = true;
    index += 1;
  }
  return members;
}

/** The text of the string literal at `at`, or nothing when the value there is not one. */
function stringAt(text: string, at: number): string | undefined {
  const quote = text[at];
  if (quote !== '"' && quote !== "'" && quote !== "`") return undefined;
  const raw = text.slice(at + 1, skipQuoted(text, at) - 1);
  return raw.replace(/\\(.)/g, "$1");
}

/** Where the default export's literal starts: `export default [` or `const x… = [` then `export default x`. */
export function exportedValue(text: string): number | undefined {
  const exported = /export\s+default\s+([A-Za-z_$][\w$]*|[[{])/.exec(text);
  if (!exported?.[1]) return undefined;
  if (exported[1] === "[" || exported[1] === "{") return exported.index + exported[0].length - 1;
  const declared = new RegExp(`\\b(?:const|let|var)\\s+${exported[1].replace(/\$/g, "\\$")}\\b`).exec(text);
  if (!declared) return undefined;
  // The `=` of the declaration, past its type (`Stage[]`, `Record<string, number>`): not `=>`.
  const assignment = /=(?![>=])/g;
  assignment.lastIndex = declared.index + declared[0].length;
  const found = assignment.exec(text);
  if (!found) return undefined;
  const value = skipSpace(text, found.index + 1);
  return text[value] === "[" || text[value] === "{" ? value : undefined;
}

/** The member a step leads to from the value at `at`. */
function step(text: string, at: number, next: EntryStep | number): Member | undefined {
  const members = membersOf(text, at);
  if (typeof next === "number") return text[at] === "[" ? members[next] : undefined;
  if (typeof next === "string") {
    if (text[at] === "{") return members.find((member) => member.key === next);
    // A field of a list's entries (`statuses.review`): the first entry that gives it.
    for (const member of members) {
      const found = text[member.value] === "{" ? step(text, member.value, next) : undefined;
      if (found) return found;
    }
    return undefined;
  }
  if (text[at] !== "[") return undefined;
  if ("index" in next) return members[next.index];
  const bearers = members.filter((member) => {
    const id = text[member.value] === "{" ? step(text, member.value, "id") : undefined;
    return id !== undefined && stringAt(text, id.value) === next.id;
  });
  return bearers[next.nth ?? 0];
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/**
 * The line (from 1) of a field of an entry of a data file: the deepest part of the path found,
 * the entry's line when its field is not written there, the line of `id: "<id>"` when the file's
 * shape is not understood, line 1 at worst.
 */
export function dataFieldLine(text: string, entry: EntryStep[], field: string): number {
  const fieldPath = (field.split(",")[0] ?? "")
    .trim()
    .split(".")
    .filter((part) => part && !part.startsWith("("))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const root = exportedValue(text);
  let value = root;
  let line: number | undefined;
  for (const [index, next] of [...entry, ...fieldPath].entries()) {
    const member = value === undefined ? undefined : step(text, value, next);
    if (!member) {
      // An entry not found by its path may still be found by its id.
      if (index < entry.length) line ??= idLine(text, entry);
      break;
    }
    line = lineAt(text, member.start);
    value = member.value;
  }
  return line ?? 1;
}

/** The line of the last id of the path, written `id: "<id>"`. */
function idLine(text: string, entry: EntryStep[]): number | undefined {
  const last = [...entry].reverse().find((part) => typeof part === "object" && "id" in part);
  if (!last || typeof last !== "object" || !("id" in last)) return undefined;
  const escaped = last.id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const found = new RegExp(`\\bid\\s*:\\s*["'\`]${escaped}["'\`]`).exec(text);
  return found ? lineAt(text, found.index) : undefined;
}
