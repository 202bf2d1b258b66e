import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/checks/findings.ts";
import { markdownText, renderSummary } from "../../../src/checks/summary.ts";

const error = (file: string, line: number): Finding => ({
  severity: "error",
  file,
  line,
  title: "Lien mort",
  message: `${file} : /a/ : /b/ ne mène à aucun fichier construit`,
});

describe("the job summary", () => {
  it("lists what stops publication first, each on its file:line, then the pages", () => {
    const summary = renderSummary({
      findings: [
        error("content/a.md", 3),
        {
          severity: "warning",
          file: "content/b.md",
          line: 2,
          title: "Note",
          message: "content/b.md : à voir",
        },
      ],
      changes: {
        pages: { added: [{ url: "/a/", title: "Une | page <neuve>" }], changed: [], removed: [] },
        files: { added: [], changed: ["sitemap.xml"], removed: [] },
      },
      substitutions: [{ file: "content/c.md", how: "left-out" }],
    });
    const lines = summary.split("\n");
    const at = (text: string) => lines.findIndex((line) => line.includes(text));
    expect(lines).toContain("- `content/a.md:3` **Lien mort** : /a/ : /b/ ne mène à aucun fichier construit");
    expect(lines).toContain("- `content/b.md:2` **Note** : à voir");
    expect(lines).toContain("| Une \\| page &lt;neuve&gt; | `/a/` |");
    expect(lines).toContain("- `content/c.md` : laissé de côté");
    expect(at("Ce qui empêche la publication")).toBeLessThan(at("À vérifier"));
    expect(at("À vérifier")).toBeLessThan(at("Pages ajoutées (1)"));
    expect(at("Pages ajoutées")).toBeLessThan(at("modifié `sitemap.xml`"));
    expect(summary).not.toContain("Pages modifiées");
  });

  it("says so when nothing stops publication, and when GitHub shows only some errors on the files", () => {
    const clean = renderSummary({ findings: [], substitutions: [], comparisonProblem: "Pas de base." });
    expect(clean).toContain("Rien : le site se construit et ses liens mènent quelque part.");
    expect(clean).toContain("Pas de base.");
    const many = renderSummary({
      findings: Array.from({ length: 11 }, (_, index) => error("content/a.md", index + 1)),
      substitutions: [],
    });
    expect(many).toContain("11 erreurs à corriger");
    expect(many).toContain("GitHub n'en montre que 10 sur les fichiers modifiés : toutes sont listées ici.");
  });

  it("keeps a title's text as it is, in a table cell", () => {
    expect(markdownText("a | b & <c>\nd")).toBe("a \\| b &amp; &lt;c&gt; d");
  });
});
