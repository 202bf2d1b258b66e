import { describe, expect, it } from "vitest";
import { missingChangeNote } from "../../../src/checks/change-notes.ts";

const page = (notes: string[], body: string) =>
  [
    "---",
    "title: Une page",
    ...(notes.length
      ? ["modifications:", ...notes.flatMap((note) => [`  - date: ${note}`, "    note: Changée."])]
      : []),
    "---",
    "",
    body,
  ].join("\n");

describe("a page's text changed without a change note", () => {
  it("is told on the line of its `modifications` list", () => {
    const after = page(["2026-01-01"], "Nouveau texte.");
    const finding = missingChangeNote("content/page.md", page(["2026-01-01"], "Texte."), after);
    expect(finding).toEqual({
      severity: "warning",
      file: "content/page.md",
      line: after.split("\n").indexOf("modifications:") + 1,
      title: "Note de modification manquante",
      message:
        "content/page.md : champ « modifications » : le texte de la page change sans nouvelle note pour ses " +
        "lecteurs ; ajoutez une entrée (« - date: AAAA-MM-JJ » puis « note: … ») qui dit ce qui change",
    });
  });

  it("is told on the first line of a page without any note", () => {
    expect(missingChangeNote("content/page.md", page([], "Texte."), page([], "Autre."))?.line).toBe(1);
  });

  it("is not told when a note was added, or when only the front matter changed", () => {
    expect(
      missingChangeNote("p.md", page(["2026-01-01"], "Texte."), page(["2026-01-01", "2026-02-01"], "Autre.")),
    ).toBeUndefined();
    expect(missingChangeNote("p.md", page([], "Texte."), page(["2026-02-01"], "Texte."))).toBeUndefined();
    expect(missingChangeNote("p.md", page([], "Texte."), page([], "Texte."))).toBeUndefined();
  });
});
