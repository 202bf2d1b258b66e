import { describe, expect, it } from "vitest";
import { dataFieldLine } from "../../../src/checks/data-file-lines.ts";

const LIST = [
  'import type { Review } from "../src/catalogue/schema.ts";',
  "",
  '// A comment with { braces [ and a "quote.',
  "const reviews: Review<string, number>[] = [",
  "  {",
  '    id: "bilan-a",',
  '    title: "Un titre, avec { et [",',
  "    publishedFigures: [",
  '      { id: "chiffre", value: 1 },',
  '      { id: "chiffre", value: 2 },',
  "    ],",
  "  },",
  "  { id: 'bilan-b', title: `modèle ${1}`, period: \"2022\" },",
  "  {",
  '    title: "Sans identifiant",',
  '    "source": { url: "https://exemple.org/", date: "2024-13-01" },',
  "  },",
  "];",
  "",
  "export default reviews;",
].join("\n");

const PLAN = [
  "const plan: Plan = {",
  '  ministry: "culture",',
  '  period: "2022",',
  "  actions: [",
  '    { id: "louer", chantier: "achats", stage: "reflexion", title: "Louer." },',
  "    {",
  '      id: "donner",',
  '      chantier: "achat",',
  '      statuses: [{ review: "bilan-a", status: "realisee" }, { review: "inconnu", status: "en-cours" }],',
  "    },",
  "  ],",
  "};",
  "export default plan;",
].join("\n");

/** The line (from 1) of the first line of `text` that contains `part`. */
const lineOf = (text: string, part: string) => text.split("\n").findIndex((line) => line.includes(part)) + 1;

describe("an entry's field in a data file", () => {
  it("is found by the entry's id, then the field's key", () => {
    expect(dataFieldLine(LIST, [{ id: "bilan-a" }], "title")).toBe(lineOf(LIST, "Un titre"));
    expect(dataFieldLine(LIST, [{ id: "bilan-b" }], "period")).toBe(lineOf(LIST, "bilan-b"));
  });

  it("is found by the entry's position when it has no id, down a nested path", () => {
    expect(dataFieldLine(LIST, [{ index: 2 }], "source.date")).toBe(lineOf(LIST, '"source"'));
    // The entry's line is its opening brace's, just above its first field.
    expect(dataFieldLine(LIST, [{ index: 2 }], "(entrée entière)")).toBe(
      lineOf(LIST, "Sans identifiant") - 1,
    );
  });

  it("finds the second entry of a duplicated id, inside another entry", () => {
    const at = [{ id: "bilan-a" }, "publishedFigures", { id: "chiffre", nth: 1 }];
    expect(dataFieldLine(LIST, at, "id")).toBe(lineOf(LIST, "value: 2"));
  });

  it("goes from a plan to its actions, and to a field of a list of entries", () => {
    expect(dataFieldLine(PLAN, ["actions", { id: "donner" }], "chantier")).toBe(lineOf(PLAN, '"achat"'));
    expect(dataFieldLine(PLAN, ["actions", { id: "donner" }], "statuses.review")).toBe(
      lineOf(PLAN, "statuses"),
    );
    expect(dataFieldLine(PLAN, [], "ministry, period")).toBe(lineOf(PLAN, "ministry"));
  });

  it("falls back to the entry's line, to its `id:` line, then to line 1", () => {
    expect(dataFieldLine(PLAN, ["actions", { id: "donner" }], "comment")).toBe(lineOf(PLAN, '"donner"') - 1);
    const unexported = LIST.replace("export default reviews;", "export default () => reviews;");
    expect(dataFieldLine(unexported, [{ id: "bilan-b" }], "title")).toBe(lineOf(LIST, "bilan-b"));
    expect(dataFieldLine(LIST, [{ id: "absent" }], "id")).toBe(1);
    expect(dataFieldLine(LIST, [], "default")).toBe(1);
  });
});
