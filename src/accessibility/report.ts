import { csvText } from "../csv.ts";
import type { Audit, Judgment, Result, SamplePage } from "./audit.ts";
import { AUTOMATED_CHECKS, type AutomatedCheck, checksOf } from "./checks.ts";
import { CRITERIA, type Criterion, RGAA_VERSION, THEMES, type Theme, criterionUrl } from "./criteria.ts";

/*
 * What the audit's grid says, computed the way the RGAA computes it: a criterion is met on the
 * sample when no page fails it, applies when one page has what it tests, and the rate is the met
 * criteria over the applicable ones. A criterion not tested on a page is not met: the rate never
 * counts what nobody checked.
 */

/** The RGAA's mention of a site's state, as the footer and the declaration write it. */
export type Conformance = "totalement conforme" | "partiellement conforme" | "non conforme";

export interface PageJudgment {
  page: SamplePage;
  judgment: Judgment;
}

export interface CriterionReport {
  criterion: Criterion;
  url: string;
  /** Its result on the whole sample. */
  result: Result;
  /** The judgment of the pages that have none of their own. */
  judgment: Judgment;
  pages: PageJudgment[];
  checks: AutomatedCheck[];
}

export interface PageReport {
  page: SamplePage;
  counts: Record<Result, number>;
  /** The criteria that apply to it: met, not met or not tested. */
  applicable: number;
  /** Met criteria over applicable ones, on this page, in percent. */
  rate: number;
}

/** A criterion that fails, or was not tested, on some pages of the sample. */
export interface NonConformity {
  criterion: Criterion;
  url: string;
  /** Each page that fails it, with why and what is planned. */
  pages: { page: SamplePage; reason: string; plan: string }[];
}

export interface AuditReport {
  version: string;
  audit: Audit;
  /** The date the declaration must be renewed by: three years after the audit. */
  validUntil: string;
  /** Whether that date has passed. */
  expired: boolean;
  themes: { theme: Theme; criteria: CriterionReport[]; counts: Record<Result, number> }[];
  /** The tests that decide criteria on every page of the sample. */
  checks: AutomatedCheck[];
  counts: Record<Result, number>;
  /** The criteria that apply to a page of the sample at least. */
  applicable: number;
  /** Met criteria over applicable ones on the sample, in percent, rounded down to a tenth. */
  rate: number;
  /** The pages' own rates' mean, in percent, rounded down to a tenth. */
  averageRate: number;
  conformance: Conformance;
  pages: PageReport[];
  nonConformities: NonConformity[];
  untested: NonConformity[];
}

const RESULTS: Result[] = ["C", "NC", "NT", "NA"];

/** Rounded down to a tenth: a site that misses one criterion in a thousand does not show 100 %. */
const roundDown = (rate: number) => Math.floor(rate * 10) / 10;
const share = (met: number, applicable: number) => (applicable ? (met / applicable) * 100 : 100);

function sampleResult(judgments: PageJudgment[]): Result {
  if (judgments.some(({ judgment }) => judgment.result === "NC")) return "NC";
  if (judgments.some(({ judgment }) => judgment.result === "NT")) return "NT";
  return judgments.some(({ judgment }) => judgment.result === "C") ? "C" : "NA";
}

function countResults(results: Result[]): Record<Result, number> {
  return Object.fromEntries(
    RESULTS.map((result) => [result, results.filter((other) => other === result).length]),
  ) as Record<Result, number>;
}

/** The RGAA's thresholds: every criterion met, or at least half of them. */
export function conformanceOf(rate: number): Conformance {
  if (rate === 100) return "totalement conforme";
  return rate >= 50 ? "partiellement conforme" : "non conforme";
}

function criterionReport(audit: Audit, criterion: Criterion): CriterionReport {
  const source = audit.criteria[criterion.number];
  // validateAudit has made sure of it.
  if (!source) throw new Error(`Critère ${criterion.number} non jugé`);
  const { pages: exceptions, ...judgment } = source;
  const pages = audit.sample.map((page) => ({ page, judgment: exceptions?.[page.id] ?? judgment }));
  return {
    criterion,
    url: criterionUrl(criterion.number),
    result: sampleResult(pages),
    judgment,
    pages,
    checks: checksOf(criterion.number),
  };
}

function pageReport(page: SamplePage, criteria: CriterionReport[]): PageReport {
  const results = criteria.flatMap((criterion) =>
    criterion.pages.filter((entry) => entry.page === page).map((entry) => entry.judgment.result),
  );
  const counts = countResults(results);
  const applicable = counts.C + counts.NC + counts.NT;
  return { page, counts, applicable, rate: roundDown(share(counts.C, applicable)) };
}

/** The criteria whose result on the sample is `result`, each with the pages that have it. */
function criteriaJudged(criteria: CriterionReport[], result: "NC" | "NT"): NonConformity[] {
  return criteria
    .filter((criterion) => criterion.result === result)
    .map(({ criterion, url, pages }) => ({
      criterion,
      url,
      pages: pages.flatMap(({ page, judgment }) =>
        judgment.result === result ? [{ page, reason: judgment.reason, plan: judgment.plan }] : [],
      ),
    }));
}

/** The same day `years` later; a 29 February gives the 1 March of a year that has none. */
function addYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The report of an audit on `today` (a date as AAAA-MM-JJ): past its validity, the RGAA counts the
 * site as audited no more, and its mention is « non conforme ».
 */
export function auditReport(audit: Audit, today: string): AuditReport {
  const criteria = CRITERIA.map((criterion) => criterionReport(audit, criterion));
  const validUntil = addYears(audit.date, 3);
  const expired = today > validUntil;
  const counts = countResults(criteria.map((criterion) => criterion.result));
  const applicable = counts.C + counts.NC + counts.NT;
  const rate = roundDown(share(counts.C, applicable));
  const pages = audit.sample.map((page) => pageReport(page, criteria));
  // The mean of the pages' own shares, rounded once.
  const averageRate = roundDown(
    pages.reduce((sum, page) => sum + share(page.counts.C, page.applicable), 0) / pages.length,
  );
  return {
    version: RGAA_VERSION,
    audit,
    validUntil,
    expired,
    themes: THEMES.map((theme) => {
      const ofTheme = criteria.filter((criterion) => criterion.criterion.theme === theme);
      return { theme, criteria: ofTheme, counts: countResults(ofTheme.map((criterion) => criterion.result)) };
    }),
    checks: AUTOMATED_CHECKS,
    counts,
    applicable,
    rate,
    averageRate,
    conformance: expired ? "non conforme" : conformanceOf(rate),
    pages,
    nonConformities: criteriaJudged(criteria, "NC"),
    untested: criteriaJudged(criteria, "NT"),
  };
}

/** A criterion's reasons: the sample's, then each page's that differs, by the page's id. */
function reasonsOf(criterion: CriterionReport): string {
  const exceptions = criterion.pages.filter(({ judgment }) => judgment !== criterion.judgment);
  const others = exceptions.length ? "Les autres pages" : "Toutes les pages";
  return [
    `${others} : ${criterion.judgment.reason}`,
    ...exceptions.map(({ page, judgment }) => `${page.title} : ${judgment.reason}`),
  ].join("\n");
}

/**
 * The grid as a CSV file, as RGAA grids are laid out: a row a criterion, a column a page of the
 * sample (by its title) holding C, NC or NA, then the reasons, the corrections planned and the tests.
 */
export function auditCsv(report: AuditReport): string {
  const { sample } = report.audit;
  const header = [
    "critere",
    "thematique",
    "intitule",
    "resultat",
    ...sample.map((page) => page.title),
    "raisons",
    "corrections_prevues",
    "tests",
  ];
  const rows = report.themes.flatMap(({ theme, criteria }) =>
    criteria.map((criterion) => [
      criterion.criterion.number,
      theme.title,
      criterion.criterion.title,
      criterion.result,
      ...criterion.pages.map(({ judgment }) => judgment.result),
      reasonsOf(criterion),
      criterion.pages
        .flatMap(({ page, judgment }) => ("plan" in judgment ? [`${page.title} : ${judgment.plan}`] : []))
        .join("\n"),
      criterion.checks.map((check) => check.id).join(" "),
    ]),
  );
  return csvText([header, ...rows]);
}
