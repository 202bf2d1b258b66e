import type { Finding } from "./findings.ts";
import type { ChangedPage, SiteChanges } from "./site-changes.ts";

/*
 * The job summary of the pull request's check, in French: what stops publication first, then
 * what to look at, then the pages the pull request adds, changes and removes.
 */

/** A file the pull request's build was made without, for a mistake already told. */
export interface Substitution {
  file: string;
  /** Left out (a file the base branch does not have), or taken from the base branch. */
  how: "left-out" | "from-base";
}

export interface CheckReport {
  /** Errors first, then warnings. */
  findings: Finding[];
  /** What the pull request changes in the site; nothing when the sites could not be compared. */
  changes?: SiteChanges;
  /** Why they could not be. */
  comparisonProblem?: string;
  substitutions: Substitution[];
  /** Where to find the pull request's built site. */
  siteNote?: string;
}

/** At most this many lines a list: a change to a layout changes every page. */
const LIST_LIMIT = 200;
/** GitHub shows this many annotations of each kind a step, on the files; the summary lists all. */
const ANNOTATION_LIMIT = 10;

/** Text as Markdown and HTML show it, in a list or a table cell. */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, " ");
}

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

function findingLines(findings: Finding[]): string[] {
  return findings.map((finding) => {
    const place = finding.file ? `\`${finding.file}:${finding.line}\` ` : "";
    // The file is named once, before the message that starts with it.
    const prefix = `${finding.file ?? ""} : `;
    const message = finding.message.startsWith(prefix)
      ? finding.message.slice(prefix.length)
      : finding.message;
    return `- ${place}**${markdownText(finding.title)}** : ${markdownText(message)}`;
  });
}

function errorSection(errors: Finding[]): string[] {
  if (!errors.length)
    return [
      "### Ce qui empêche la publication",
      "",
      "Rien : le site se construit et ses liens mènent quelque part.",
      "",
    ];
  return [
    "### Ce qui empêche la publication",
    "",
    `${plural(errors.length, "erreur", "erreurs")} à corriger avant que la demande puisse être fusionnée :`,
    "",
    ...findingLines(errors),
    "",
    ...(errors.length > ANNOTATION_LIMIT
      ? [
          `GitHub n'en montre que ${ANNOTATION_LIMIT} sur les fichiers modifiés : toutes sont listées ici.`,
          "",
        ]
      : []),
  ];
}

function warningSection(warnings: Finding[]): string[] {
  if (!warnings.length) return [];
  return ["### À vérifier", "", "Sans empêcher la publication :", "", ...findingLines(warnings), ""];
}

function pageTable(heading: string, pages: ChangedPage[]): string[] {
  if (!pages.length) return [];
  const rows = pages
    .slice(0, LIST_LIMIT)
    .map((page) => `| ${markdownText(page.title) || "(sans titre)"} | \`${page.url}\` |`);
  const more = pages.length > LIST_LIMIT ? [``, `Et ${pages.length - LIST_LIMIT} autres.`] : [];
  return [
    `#### ${heading} (${pages.length})`,
    "",
    "| Titre | Adresse |",
    "| --- | --- |",
    ...rows,
    ...more,
    "",
  ];
}

function otherFiles(changes: SiteChanges): string[] {
  const { added, changed, removed } = changes.files;
  if (!added.length && !changed.length && !removed.length) return [];
  const list = (sign: string, files: string[]) =>
    files.slice(0, LIST_LIMIT).map((file) => `- ${sign} \`${file}\``);
  return [
    "<details><summary>Autres fichiers du site (styles, flux, données ouvertes, index de recherche) : " +
      `${added.length} ajouté(s), ${changed.length} modifié(s), ${removed.length} supprimé(s)</summary>`,
    "",
    ...list("ajouté", added),
    ...list("modifié", changed),
    ...list("supprimé", removed),
    "",
    "</details>",
    "",
  ];
}

function substitutionLines(substitutions: Substitution[]): string[] {
  if (!substitutions.length) return [];
  const how = (substitution: Substitution) =>
    substitution.how === "left-out" ? "laissé de côté" : "pris dans la branche de base";
  return [
    "Le site de la demande a été construit sans les fichiers en erreur ci-dessus : leurs pages et les liens " +
      "vers elles seront vérifiés une fois les erreurs corrigées.",
    "",
    ...substitutions.map((substitution) => `- \`${substitution.file}\` : ${how(substitution)}`),
    "",
  ];
}

function pagesSection(report: CheckReport): string[] {
  const lines = ["### Les pages de la demande", "", ...substitutionLines(report.substitutions)];
  if (!report.changes)
    return [...lines, report.comparisonProblem ?? "Les pages n'ont pas pu être comparées.", ""];
  const { added, changed, removed } = report.changes.pages;
  if (!added.length && !changed.length && !removed.length) {
    lines.push("Aucune page ne change.", "");
  }
  return [
    ...lines,
    ...pageTable("Pages ajoutées", added),
    ...pageTable("Pages modifiées", changed),
    ...pageTable("Pages supprimées", removed),
    ...otherFiles(report.changes),
  ];
}

/** The summary, in Markdown. */
export function renderSummary(report: CheckReport): string {
  const errors = report.findings.filter((finding) => finding.severity === "error");
  const warnings = report.findings.filter((finding) => finding.severity === "warning");
  return [
    "## Vérification de la demande de fusion",
    "",
    ...errorSection(errors),
    ...warningSection(warnings),
    ...pagesSection(report),
    ...(report.siteNote ? [report.siteNote, ""] : []),
  ].join("\n");
}
