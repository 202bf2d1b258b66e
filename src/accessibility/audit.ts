import { z } from "../validation.ts";
import { fieldOf } from "../catalogue/entries.ts";
import { ProblemListError } from "../problem-list.ts";
import { CRITERIA } from "./criteria.ts";

/*
 * The site's RGAA audit as its data file holds it (`AUDIT_FILE`): the sample of pages, and for
 * each of the referential's criteria a judgment on every page of the sample. Checked as the
 * catalogue is: every problem at once, in French, naming the file and the field.
 */

export const AUDIT_FILE = "_data/rgaa.ts";

const text = z.string().trim().min(1);

const judgmentSchema = z.discriminatedUnion("result", [
  z.strictObject({ result: z.literal("C"), reason: text }),
  z.strictObject({ result: z.literal("NA"), reason: text }),
  // A criterion not met, or not tested (a test needs a tool the audit lacked), is published with
  // what the team will do about it.
  z.strictObject({ result: z.literal("NC"), reason: text, plan: text }),
  z.strictObject({ result: z.literal("NT"), reason: text, plan: text }),
]);

export type Judgment = z.infer<typeof judgmentSchema>;
export type Result = Judgment["result"];

/** A criterion's judgment on the whole sample, and where a page differs from it. */
const criterionJudgmentSchema = z.intersection(
  judgmentSchema,
  z.object({ pages: z.record(z.string(), judgmentSchema).optional() }),
);

const samplePageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "identifiant en minuscules, chiffres et tirets"),
  title: text,
  url: z.string().regex(/^\/(.*\/)?$/, "adresse d'une page du site, de « / » à « / »"),
  /** Why the page is in the sample: the kind of page it stands for. */
  kind: text,
  /** Judged on the tests' made-up plans, as long as the site publishes none of its own. */
  fixture: z.boolean().optional(),
});

export type SamplePage = z.infer<typeof samplePageSchema>;

const exceptionSchema = z.strictObject({ content: text, reason: text, alternative: text.optional() });

export const auditSchema = z.strictObject({
  date: z.iso.date("date au format AAAA-MM-JJ"),
  auditor: text,
  /** What the site is made with, as the declaration lists it. */
  technologies: z.array(text).min(1),
  /** The browsers, assistive technologies and systems the pages were judged in. */
  environment: z.array(text).min(1),
  tools: z.array(text).min(1),
  sample: z.array(samplePageSchema).min(1),
  criteria: z.record(z.string(), criterionJudgmentSchema),
  /** Content the team may not make accessible at a reasonable cost, with the law's exemption. */
  derogations: z.array(exceptionSchema),
  /** Content outside the law's scope. */
  exemptions: z.array(exceptionSchema),
});

export type AuditSource = z.input<typeof auditSchema>;
export type Audit = z.infer<typeof auditSchema>;

export class AuditError extends ProblemListError {
  constructor(problems: string[]) {
    super(`La grille d'audit RGAA contient ${problems.length} erreur(s) :`, problems);
    this.name = "AuditError";
  }
}

interface Problem {
  field: string;
  message: string;
}

/** What the schema cannot say: every criterion judged once, every page known, each page once. */
function crossProblems(audit: Audit): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(CRITERIA.map((criterion) => criterion.number));
  const pages = new Set<string>();
  const urls = new Set<string>();
  // The grid's CSV names each page's column by its title.
  const titles = new Set<string>();
  audit.sample.forEach((page, index) => {
    if (pages.has(page.id))
      problems.push({ field: `sample.${index}.id`, message: `page « ${page.id} » en double` });
    if (urls.has(page.url))
      problems.push({ field: `sample.${index}.url`, message: `adresse « ${page.url} » en double` });
    if (titles.has(page.title))
      problems.push({ field: `sample.${index}.title`, message: `titre « ${page.title} » en double` });
    pages.add(page.id);
    urls.add(page.url);
    titles.add(page.title);
  });
  for (const number of known)
    if (!(number in audit.criteria))
      problems.push({ field: "criteria", message: `critère « ${number} » non jugé` });
  for (const [number, judgment] of Object.entries(audit.criteria)) {
    if (!known.has(number))
      problems.push({ field: `criteria.${number}`, message: `critère « ${number} » inconnu du RGAA 4.1` });
    for (const page of Object.keys(judgment.pages ?? {}))
      if (!pages.has(page))
        problems.push({
          field: `criteria.${number}.pages.${page}`,
          message: `page « ${page} » absente de l'échantillon (champ « sample »)`,
        });
  }
  return problems;
}

/** The audit of a data file's export, valid, or every problem of it at once. */
export function validateAudit(source: unknown, file = AUDIT_FILE): Audit {
  const result = auditSchema.safeParse(source);
  const problems = result.success
    ? crossProblems(result.data)
    : result.error.issues.map((issue) => ({ field: fieldOf(issue), message: issue.message }));
  if (problems.length)
    throw new AuditError(problems.map(({ field, message }) => `${file}, champ « ${field} » : ${message}`));
  return result.data as Audit;
}
