/*
 * « Verser un plan »: the référent's spreadsheet read in the browser by the same code as
 * `npm run import:plan`, its problems listed by row and column, then a preview of the plan and
 * the plan file to download. Nothing leaves the browser but the requests for the plans already
 * published, files of this site: the plan of the same period, whose ids are kept, and, when the
 * sheet needs it, the ministry's previous one, whose ids « Suite de l'action » names. The markup
 * it fills in comes from the page's <template>.
 */
import { planFileName } from "../catalogue/files.ts";
import { previousPlan } from "../catalogue/plan-periods.ts";
import type { Plan } from "../catalogue/schema.ts";
import { planFileText } from "../import/plan-file.ts";
import { headerColumns, planFromSheet, suggestedNote, todayInFrance } from "../import/plan-sheet.ts";
import { PlanImportError } from "../import/problems.ts";
import { type SheetRow, spreadsheetRows } from "../import/sheet-rows.ts";
import type { PlanUploadData } from "../import/upload-data.ts";
import { planPreview } from "./plan-preview.ts";
import { cloneModel, element, frenchText, hasModel, textElement } from "./dom.ts";

const data = JSON.parse(element("verser-donnees").textContent || "{}") as PlanUploadData;
const form = element("verser-formulaire") as HTMLFormElement;
const result = element("verser-resultat");
const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

document.querySelectorAll(".plan-upload-without-script").forEach((block) => {
  block.setAttribute("hidden", "");
});
form.hidden = false;

/** The choices a link may carry, by the fields' names: « Proposer le plan de ce ministère » names its ministry. */
function presetChoices(): void {
  const query = new URLSearchParams(location.search);
  for (const name of ["ministere", "periode", "bilan"]) {
    const value = query.get(name);
    if (value) field(name).value = value;
  }
}

interface Choices {
  ministry: string;
  period: string;
  review: string | undefined;
}

const choices = (): Choices => ({
  ministry: field("ministere").value,
  period: field("periode").value.trim(),
  review: field("bilan").value || undefined,
});

type PlanEntry = PlanUploadData["plans"][number];

/** A published plan that could not be read, and why, in the référent's words. */
class UnreadablePlan extends Error {
  constructor(
    readonly period: string,
    readonly reason: string,
  ) {
    super(`le plan publié ${period} n'a pas pu être lu (${reason})`);
    this.name = "UnreadablePlan";
  }
}

async function fetchedPlan(entry: PlanEntry): Promise<Plan> {
  const response = await fetch(new URL(entry.url, location.href)).catch(() => undefined);
  if (!response) throw new UnreadablePlan(entry.period, "le site ne répond pas");
  if (!response.ok) throw new UnreadablePlan(entry.period, `erreur ${response.status}`);
  try {
    return (await response.json()) as Plan;
  } catch {
    throw new UnreadablePlan(entry.period, "ses données sont illisibles");
  }
}

async function publishedPlan({ ministry, period }: Choices): Promise<Plan | undefined> {
  const entry = data.plans.find((plan) => plan.ministry === ministry && plan.period === period);
  return entry ? fetchedPlan(entry) : undefined;
}

/**
 * The sheet's « Suite de l'action » column, found as the import finds its columns, and whether a
 * row fills it.
 */
function continuesColumn([header, ...body]: SheetRow[]): { name: string; filled: boolean } | undefined {
  const names = header?.cells.map((name) => name.trim()) ?? [];
  const position = headerColumns(names).get("continues");
  const name = position === undefined ? undefined : names[position];
  if (position === undefined || name === undefined) return undefined;
  return { name, filled: body.some((row) => Boolean(row.cells[position]?.trim())) };
}

interface EarlierReading {
  /** As `planFromSheet` takes it: `null` when the ministry has none, absent when not looked for. */
  previous: Plan | null | undefined;
  problems: string[];
}

/**
 * The ministry's published plan of the latest period before this one, as the build finds it,
 * fetched only when the sheet needs it: to check a filled « Suite de l'action » column, or to
 * name in the preview the actions the published plan's ones carry on when the sheet has no such
 * column. Only the check makes an unreadable plan a problem, on that column: the rest of the
 * sheet is read all the same.
 */
async function earlierPlan(
  current: Choices,
  rows: SheetRow[],
  published: Plan | undefined,
): Promise<EarlierReading> {
  const column = continuesColumn(rows);
  const checked = column?.filled ? column : undefined;
  const shown = !column && published?.actions.some((action) => action.continues) === true;
  if (!checked && !shown) return { previous: undefined, problems: [] };
  // The plan being versed is not published yet: it has no address of its own.
  const entry = previousPlan(data.plans, current);
  if (!entry) return { previous: null, problems: [] };
  try {
    return { previous: await fetchedPlan(entry), problems: [] };
  } catch (error) {
    // For the preview alone, it only goes without naming the actions carried on.
    if (!checked) return { previous: undefined, problems: [] };
    const reason = error instanceof UnreadablePlan ? error.reason : "erreur inattendue";
    return {
      previous: undefined,
      problems: [
        `colonne « ${checked.name} » : le plan précédent de ce ministère (${entry.period}) n'a pas pu être lu ` +
          `(${reason}), les actions qu'elle nomme ne peuvent donc pas être vérifiées ; ` +
          "réessayez plus tard, ou videz la colonne",
      ],
    };
  }
}

/** The note offered for these choices, unless the référent wrote their own. */
let offeredNote = "";
async function offerNote(): Promise<void> {
  const note = field("note");
  const typed = note.value;
  if (typed && typed !== offeredNote) return;
  const current = choices();
  if (!field("periode").checkValidity() || !current.period) return;
  const published = await publishedPlan(current).catch(() => undefined);
  // The référent may have typed their own note while the published plan was fetched.
  if (note.value !== typed) return;
  offeredNote = suggestedNote({
    known: data.known,
    ...(current.review ? { review: current.review } : {}),
    ...(published ? { published } : {}),
  });
  note.value = offeredNote;
}

function showProblems(problems: string[]): void {
  const alert = cloneModel("erreurs");
  const title = alert.querySelector("h3");
  if (title) {
    title.textContent = `${problems.length} erreur${problems.length > 1 ? "s" : ""} à corriger`;
  }
  const list = alert.querySelector("ul");
  for (const problem of problems) list?.append(textElement("li", frenchText(problem)));
  result.replaceChildren(alert);
  title?.focus();
}

async function readSheet(file: File): Promise<void> {
  const current = choices();
  const [published, rows] = await Promise.all([
    publishedPlan(current),
    file.arrayBuffer().then((bytes) => spreadsheetRows(file.name, new Uint8Array(bytes))),
  ]);
  const earlier = await earlierPlan(current, rows, published);
  const note = field("note").value.trim();
  let plan: Plan;
  try {
    plan = planFromSheet(rows, {
      ministry: current.ministry,
      period: current.period,
      ...(current.review ? { review: current.review } : {}),
      known: data.known,
      ...(published ? { published } : {}),
      previousPlan: earlier.previous,
      ...(note ? { note: { date: todayInFrance(), note } } : {}),
    });
  } catch (error) {
    if (error instanceof PlanImportError) throw new PlanImportError([...earlier.problems, ...error.problems]);
    throw error;
  }
  if (earlier.problems.length) throw new PlanImportError(earlier.problems);
  const text = planFileText(plan, file.name);
  const ministry = field("ministere") as HTMLSelectElement;
  const ministryName = ministry.selectedOptions[0]?.textContent.trim() ?? current.ministry;
  result.replaceChildren(
    ...planPreview(plan, {
      published,
      previous: earlier.previous ?? null,
      review: current.review,
      known: data.known,
      ministryName,
    }),
  );
  offerDownload(planFileName(plan.ministry, plan.period), text);
}

let downloadUrl = "";
function offerDownload(name: string, text: string): void {
  URL.revokeObjectURL(downloadUrl);
  const blob = new Blob([text], { type: "text/plain;charset=utf-8" });
  downloadUrl = URL.createObjectURL(blob);
  const paragraph = cloneModel("telechargement");
  const link = paragraph.querySelector("a");
  link?.setAttribute("href", downloadUrl);
  link?.setAttribute("download", name);
  const detail = paragraph.querySelector(".fr-link__detail");
  if (detail)
    detail.textContent = `${name} – ${(blob.size / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} ko`;
  // Right under the verdict, before a preview that may run long.
  const verdict = result.firstElementChild ?? result;
  // Without the repository's address (a local build), there is nowhere to send it.
  verdict.after(paragraph, ...(hasModel("depot") ? [cloneModel("depot")] : []));
  result.querySelector<HTMLElement>("h3")?.focus();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!form.reportValidity()) return;
  const file = (field("tableau") as HTMLInputElement).files?.[0];
  if (!file) return;
  result.replaceChildren();
  // One sheet at a time: a second click would interleave two results.
  const button = form.querySelector("button");
  button?.setAttribute("disabled", "");
  readSheet(file)
    .catch((error: unknown) => {
      if (error instanceof PlanImportError) showProblems(error.problems);
      else showProblems([error instanceof Error ? error.message : String(error)]);
    })
    .finally(() => button?.removeAttribute("disabled"));
});
for (const name of ["ministere", "periode", "bilan"]) {
  field(name).addEventListener("change", () => void offerNote());
}
presetChoices();
void offerNote();
