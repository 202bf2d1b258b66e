import { describe, expect, it } from "vitest";
import { buildFailureText, buildProblems, failedFile, writtenPages } from "../../../src/checks/build.ts";
import { defaultUrl } from "../../../src/checks/check-pull-request.ts";

describe("Eleventy's output", () => {
  it("names the input file of each HTML page it writes", () => {
    const output = [
      "[11ty] Writing /tmp/site/index.html from ./content/index.md",
      "[11ty] Writing /tmp/site/plans-action/ministeres/culture/index.html from ./content/plans-action/ministere.njk",
      "[11ty] Writing /tmp/site/actualites/atom.xml from ./content/feed.njk (virtual)",
      "[11ty] Wrote 3 files in 1.00 seconds",
    ].join("\n");
    expect(writtenPages(output, "/tmp/site")).toEqual(
      new Map([
        ["/", "content/index.md"],
        ["/plans-action/ministeres/culture/", "content/plans-action/ministere.njk"],
      ]),
    );
  });

  it("gives each problem of the project's own checks once, and Eleventy's account of the rest", () => {
    const output = [
      "[11ty] Problem writing Eleventy templates:",
      "[11ty] 1. Données de page invalides :",
      "- ./content/a.md : champ « description » : 160 caractères au plus (via PageDataError)",
      "[11ty] 2. ./content/b.md : champ « eleventyNavigation.parent » : aucune page n'a la clé « x » (via Error)",
      "[11ty] Original error stack trace: Error: …",
      "[11ty]     at x (file.js:1:1)",
      "[11ty] Eleventy Fatal Error (CLI):",
      "[11ty] 2. ./content/b.md : champ « eleventyNavigation.parent » : aucune page n'a la clé « x » (via Error)",
    ].join("\n");
    expect(buildProblems(output)).toEqual([
      { file: "content/a.md", message: "content/a.md : champ « description » : 160 caractères au plus" },
      {
        file: "content/b.md",
        message: "content/b.md : champ « eleventyNavigation.parent » : aucune page n'a la clé « x »",
      },
    ]);
    expect(buildFailureText(output)).toBe(
      [
        "1. Données de page invalides :",
        "- ./content/a.md : champ « description » : 160 caractères au plus (via PageDataError)",
        "2. ./content/b.md : champ « eleventyNavigation.parent » : aucune page n'a la clé « x » (via Error)",
      ].join("\n"),
    );
  });

  it("names the template at fault, else the page being written", () => {
    const output = [
      "[11ty] Problem writing Eleventy templates:",
      '[11ty] 1. Having trouble writing to "/tmp/site/index.html" from "./content/index.md" (via EleventyTemplateError)',
      "[11ty] 2. (./_includes/layouts/base.njk) [Line 9, Column 5]",
      "[11ty]   parseIf: expected elif, else, or endif, got end of file (via Template render error)",
      "[11ty] ",
      "[11ty] Original error stack trace: Template render error: (./_includes/layouts/base.njk)",
    ].join("\n");
    const text = buildFailureText(output);
    expect(text.split("\n")).toHaveLength(3);
    expect(failedFile(text)).toEqual({ file: "_includes/layouts/base.njk", line: 9 });
    expect(failedFile('1. Having trouble writing to "/s/a/index.html" from "./content/a.md"')).toEqual({
      file: "content/a.md",
      line: 1,
    });
    expect(failedFile("1. data.catalogue is not iterable (via TypeError)")).toBeUndefined();
  });

  it("would have put a page left out at its file's path", () => {
    expect(defaultUrl("content/plans-action/nouvelle.md")).toBe("/plans-action/nouvelle/");
    expect(defaultUrl("content/contribuer/index.md")).toBe("/contribuer/");
    expect(defaultUrl("content/index.md")).toBe("/");
  });
});
