import { describe, expect, it } from "vitest";
import { buildStylesheet, markdownSelectors } from "../../src/styles/stylesheet.ts";
import { projectVariant } from "../support/project.ts";

describe("markdownSelectors", () => {
  it("takes the elements, classes and ids of a page's raw HTML, not the words of its prose", () => {
    const page = "Du texte fr-display--xl.\n\n<div class=\"fr-callout fr-mb-0\" id='appel'>\n<DETAILS>ouvert</DETAILS>\n</div>\n";
    expect(markdownSelectors(page).sort()).toEqual(["appel", "details", "div", "fr-callout", "fr-mb-0"]);
  });
});

describe("buildStylesheet", () => {
  it("keeps a DSFR rule that only a Markdown page's raw HTML uses", async () => {
    const projectDir = await projectVariant({
      "content/plans-action/encadre.md": '---\ntitle: Encadré\n---\n\n<p class="fr-text--lead">Chapô.</p>\n\nLe mot fr-display--xl reste du texte.\n',
    });
    const { css } = await buildStylesheet(projectDir);
    expect(css).toContain(".fr-text--lead");
    expect(css).not.toContain(".fr-display--xl");
  });
});
