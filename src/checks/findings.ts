/*
 * What the pull-request check finds, and how GitHub is told: one workflow command a finding,
 * which GitHub shows on the file and line of the pull request.
 */

export interface Finding {
  severity: "error" | "warning";
  /** The file, relative to the repository's root; none for a problem of the whole build. */
  file?: string;
  /** From 1. */
  line: number;
  /** A few words, in French: the heading of the annotation. */
  title: string;
  /** The whole message, in French, naming the file and the field. */
  message: string;
}

/** A command's message: GitHub reads `%`, CR and LF as escapes and line ends. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A command's property also ends at `:` (its message starts) and at `,` (the next property). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `::error file=…,line=…,title=…::message`, the annotation GitHub shows on the line. */
export function annotation(finding: Finding): string {
  const properties = [
    ...(finding.file ? [`file=${escapeProperty(finding.file)}`, `line=${finding.line}`] : []),
    `title=${escapeProperty(finding.title)}`,
  ];
  return `::${finding.severity} ${properties.join(",")}::${escapeData(finding.message)}`;
}

/** Errors first, then by file and line: the order of the summary and of the annotations. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank = (finding: Finding) => (finding.severity === "error" ? 0 : 1);
  return [...findings].sort(
    (a, b) => rank(a) - rank(b) || (a.file ?? "").localeCompare(b.file ?? "") || a.line - b.line,
  );
}

/** What annotations are titled with, one per kind of mistake. */
export const TITLES = {
  frontMatter: "Front matter invalide",
  catalogue: "Donnée du catalogue invalide",
  unreadable: "Fichier de données illisible",
  page: "Page invalide",
  link: "Lien mort",
  build: "Construction impossible",
  changeNotes: "Note de modification manquante",
} as const;
