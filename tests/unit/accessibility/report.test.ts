import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { validateAudit } from "../../../src/accessibility/audit.ts";
import { CRITERIA } from "../../../src/accessibility/criteria.ts";
import { auditCsv, auditReport, conformanceOf } from "../../../src/accessibility/report.ts";
import { auditFixture, metCriteria } from "../../fixtures/audit.ts";

const reportOf = (...args: Parameters<typeof auditFixture>) =>
  auditReport(validateAudit(auditFixture(...args)), "2026-07-01");
const failing = (reason = "Un défaut.") => ({ result: "NC" as const, reason, plan: "Le corriger." });

describe("the audit's report, computed the RGAA's way", () => {
  it("counts a criterion met when no page fails it, and applicable when one page has what it tests", () => {
    const report = reportOf({
      ...metCriteria(3),
      "2.1": {
        result: "NA",
        reason: "Pas de cadre.",
        pages: { outil: { result: "C", reason: "Un cadre titré." } },
      },
    });
    expect(report.counts).toEqual({ C: 4, NC: 0, NT: 0, NA: CRITERIA.length - 4 });
    expect(report.rate).toBe(100);
    expect(report.conformance).toBe("totalement conforme");
  });

  it("fails a criterion on the sample when one page fails it, and lists it with its reason and plan", () => {
    const report = reportOf({
      ...metCriteria(4),
      "1.1": {
        result: "C",
        reason: "Alternatives présentes.",
        pages: { outil: failing("Une image sans alternative.") },
      },
    });
    expect(report.counts.C).toBe(3);
    expect(report.counts.NC).toBe(1);
    expect(report.rate).toBe(75);
    expect(report.conformance).toBe("partiellement conforme");
    const [entry] = report.nonConformities;
    expect(report.nonConformities).toHaveLength(1);
    expect(entry?.criterion.number).toBe("1.1");
    expect(entry?.pages.map(({ page, reason, plan }) => [page.id, reason, plan])).toEqual([
      ["outil", "Une image sans alternative.", "Le corriger."],
    ]);
  });

  it("counts a criterion not tested as not met, and lists it apart with what is planned", () => {
    const untested = { result: "NT" as const, reason: "Pas de lecteur d'écran.", plan: "Essayer NVDA." };
    const report = reportOf({
      ...metCriteria(3),
      "1.1": { result: "C", reason: "Oui.", pages: { outil: untested } },
    });
    expect(report.counts).toMatchObject({ C: 2, NC: 0, NT: 1 });
    expect(report.applicable).toBe(3);
    expect(report.rate).toBe(66.6);
    expect(report.conformance).toBe("partiellement conforme");
    expect(report.nonConformities).toEqual([]);
    expect(report.untested.map((entry) => entry.criterion.number)).toEqual(["1.1"]);
    expect(report.pages.map((page) => [page.applicable, page.rate])).toEqual([
      [3, 100],
      [3, 66.6],
    ]);
  });

  it("rounds its rate down, and says « non conforme » below half the applicable criteria", () => {
    const report = reportOf({ ...metCriteria(1), "1.2": failing(), "1.3": failing() });
    expect(report.rate).toBe(33.3);
    expect(report.conformance).toBe("non conforme");
    expect(conformanceOf(99.9)).toBe("partiellement conforme");
    expect(conformanceOf(50)).toBe("partiellement conforme");
    expect(conformanceOf(49.9)).toBe("non conforme");
  });

  it("gives each page its own rate, their mean, and the date the declaration must be renewed by", () => {
    const report = reportOf({
      ...metCriteria(2),
      "1.3": { result: "C", reason: "Oui.", pages: { outil: failing() } },
    });
    expect(report.pages.map((page) => page.rate)).toEqual([100, 66.6]);
    expect(report.averageRate).toBe(83.3);
    expect(report.validUntil).toBe("2029-06-15");
  });

  it("says « non conforme » once its three years have passed, whatever its rate", () => {
    const audit = validateAudit(auditFixture(metCriteria(3)));
    expect(auditReport(audit, "2029-06-15")).toMatchObject({
      expired: false,
      conformance: "totalement conforme",
    });
    expect(auditReport(audit, "2029-06-16")).toMatchObject({ expired: true, conformance: "non conforme" });
    const leapDay = validateAudit({ ...auditFixture(), date: "2028-02-29" });
    expect(auditReport(leapDay, "2028-03-01").validUntil).toBe("2031-03-01");
  });

  it("writes the grid as CSV: a row a criterion, a column a page, the reasons and the plans", () => {
    const report = reportOf({ "1.1": { result: "C", reason: "Oui.", pages: { outil: failing("Non.") } } });
    const rows: Record<string, string>[] = parse(auditCsv(report), { bom: true, columns: true });
    expect(rows).toHaveLength(CRITERIA.length);
    expect(rows[0]).toMatchObject({
      critere: "1.1",
      thematique: "Images",
      resultat: "NC",
      Accueil: "C",
      Outil: "NC",
      raisons: "Les autres pages : Oui.\nOutil : Non.",
      corrections_prevues: "Outil : Le corriger.",
      tests: "axe",
    });
    expect(rows[1]).toMatchObject({
      critere: "1.2",
      resultat: "NA",
      raisons: "Toutes les pages : Rien de tel ici.",
    });
  });
});

describe("the audit's grid, checked", () => {
  const problemsOf = (source: unknown) => {
    try {
      validateAudit(source);
      return [];
    } catch (error) {
      return (error as { problems: string[] }).problems;
    }
  };

  it("names the file and the field of each mistake, all at once", () => {
    const source = auditFixture({ "14.1": { result: "C", reason: "?" }, "1.1": failing() });
    delete source.criteria["13.12"];
    Object.assign(source.criteria["1.2"]!, { pages: { inconnue: { result: "C", reason: "?" } } });
    expect(problemsOf(source)).toEqual([
      "_data/rgaa.ts, champ « criteria » : critère « 13.12 » non jugé",
      "_data/rgaa.ts, champ « criteria.1.2.pages.inconnue » : page « inconnue » absente de l'échantillon (champ « sample »)",
      "_data/rgaa.ts, champ « criteria.14.1 » : critère « 14.1 » inconnu du RGAA 4.1",
    ]);
  });

  it("wants a plan for each criterion not met, and a page's address", () => {
    const source = auditFixture({ "1.1": { result: "NC", reason: "Un défaut." } as never });
    source.sample[0]!.url = "accueil";
    const problems = problemsOf(source);
    expect(problems).toContainEqual(expect.stringMatching(/^_data\/rgaa\.ts, champ « sample\.0\.url » : /));
    expect(problems).toContainEqual(
      expect.stringMatching(/^_data\/rgaa\.ts, champ « criteria\.1\.1\.plan » : /),
    );
  });
});
