import { describe, expect, it } from "vitest";
import { chartHeight, labelLines, stackedBars } from "../../../src/catalogue/chart.ts";
import { validateCatalogue } from "../../../src/catalogue/validate.ts";
import { buildCatalogueViews } from "../../../src/catalogue/views.ts";
import { catalogueSources } from "../../support/catalogue-fixture.ts";

describe("stackedBars", () => {
  const sources = catalogueSources();
  sources.actions.push({
    id: "reparer",
    title: "Réparer.",
    chantier: "achats",
    stage: "experimentation",
    stageSource: "editorial",
  });
  const bars = stackedBars(buildCatalogueViews(validateCatalogue(sources)).counts);

  it("draws a bar a chantier with one segment a stage that has actions", () => {
    expect(bars.map((bar) => [bar.label, bar.total, bar.segments.map((segment) => segment.stageId)])).toEqual(
      [
        ["Achats", 3, ["realisation", "experimentation", "reflexion"]],
        ["Fin d’usage", 2, ["realisation", "reflexion"]],
      ],
    );
  });

  it("puts segments end to end, on the scale of the longest bar, within the width", () => {
    const [longest, shorter] = bars;
    const widths = longest!.segments.map((segment) => segment.width);
    expect(widths[0]).toBeCloseTo(widths[1]!, 1);
    expect(longest!.segments[1]!.start).toBeCloseTo(widths[0]!, 1);
    const end = longest!.segments.at(-1)!;
    expect(end.start + end.width).toBeLessThanOrEqual(100);
    expect(end.start + end.width).toBeGreaterThan(98);
    expect(shorter!.segments[0]!.width).toBeCloseTo(widths[0]!, 1);
    expect(shorter!.segments[0]!.middle).toBeCloseTo(widths[0]! / 2, 1);
  });
});

describe("labelLines", () => {
  it("cuts a long label between words into lines that a 320 px screen shows even with spaced-out text", () => {
    const lines = labelLines("Salle serveurs et centre de données (4)");
    expect(lines.join(" ")).toBe("Salle serveurs et centre de données (4)");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(32);
    expect(labelLines("Achats (5)")).toEqual(["Achats (5)"]);
  });

  it("gives each bar's row room for its label's lines, and the chart the rows' height", () => {
    const sources = catalogueSources();
    const achats = sources.chantiers.find((chantier) => chantier.id === "achats")!;
    achats.title = "Un chantier dont le nom ne tient pas sur une seule ligne";
    const bars = stackedBars(buildCatalogueViews(validateCatalogue(sources)).counts);
    const [long, short] = bars;
    expect(long!.labelLines.length).toBeGreaterThan(1);
    expect(long!.barY).toBeGreaterThan(long!.labelLines.at(-1)!.y);
    expect(short!.top).toBe(long!.barY + 34);
    expect(chartHeight(bars)).toBe(short!.top + short!.barY + 34);
  });
});
