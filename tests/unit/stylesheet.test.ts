import { readFile } from "node:fs/promises";
import path from "node:path";
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import {
  SITE_STYLESHEET,
  buildStylesheet,
  markdownSelectors,
  variablesNeededBy,
} from "../../src/styles/stylesheet.ts";
import { projectRoot, projectVariant } from "../support/project.ts";

describe("markdownSelectors", () => {
  it("takes the elements, classes and ids of a page's raw HTML, not the words of its prose", () => {
    const page =
      "Du texte fr-display--xl.\n\n<div class=\"fr-callout fr-mb-0\" id='appel'>\n<DETAILS>ouvert</DETAILS>\n</div>\n";
    expect(markdownSelectors(page).sort()).toEqual(["appel", "details", "div", "fr-callout", "fr-mb-0"]);
  });
});

describe("buildStylesheet", () => {
  it("keeps a DSFR rule that only a Markdown page's raw HTML uses", async () => {
    const projectDir = await projectVariant({
      "content/plans-action/encadre.md":
        '---\ntitle: Encadré\n---\n\n<p class="fr-text--lead">Chapô.</p>\n\nLe mot fr-display--xl reste du texte.\n',
    });
    const { css } = await buildStylesheet(projectDir);
    expect(css).toContain(".fr-text--lead");
    expect(css).not.toContain(".fr-display--xl");
  });
});

describe("the DSFR variables the site's own rules read", () => {
  it("are found through the definitions that read them in turn", () => {
    const dsfr =
      ":root{--text-default-success:var(--success-425-625);--success-425-625:#18753c;--unused:red}";
    expect(variablesNeededBy(".badge{color:var(--text-default-success)}", dsfr).sort()).toEqual([
      "--success-425-625",
      "--text-default-success",
    ]);
  });

  it("are all defined in the built stylesheet, down to a value", async () => {
    const { css } = await buildStylesheet(projectRoot);
    const defined = new Set<string>();
    postcss.parse(css).walkDecls(/^--/, (declaration) => void defined.add(declaration.prop));
    const siteRules = await readFile(path.join(projectRoot, SITE_STYLESHEET), "utf8");
    const needed = variablesNeededBy(siteRules, css);
    expect(needed).toContain("--success-425-625");
    expect(needed.filter((variable) => !defined.has(variable))).toEqual([]);
  });
});
