import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import postcss, { type AtRule } from "postcss";
import { describe, expect, it } from "vitest";
import {
  SITE_STYLESHEET,
  adaptDsfrStylesheet,
  buildStylesheet,
  markdownSelectors,
  printedLinkAddresses,
  variablesNeededBy,
} from "../../src/styles/stylesheet.ts";
import { projectRoot, projectVariant, temporaryFolder } from "../support/project.ts";

const SITE_URL = "https://exemple.gouv.fr/";

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
    const { css } = await buildStylesheet(projectDir, SITE_URL);
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
    const { css } = await buildStylesheet(projectRoot, SITE_URL);
    const defined = new Set<string>();
    postcss.parse(css).walkDecls(/^--/, (declaration) => void defined.add(declaration.prop));
    const siteRules = await readFile(path.join(projectRoot, SITE_STYLESHEET), "utf8");
    const needed = variablesNeededBy(siteRules, css);
    // The bar chart's colour, read by a site rule and defined by DSFR through another variable.
    expect(needed).toEqual(
      expect.arrayContaining(["--background-action-high-blue-france", "--blue-france-sun-113-625"]),
    );
    expect(needed.filter((variable) => !defined.has(variable))).toEqual([]);
  });
});

describe("adaptDsfrStylesheet", () => {
  it("moves every dark selector of a group under prefers-color-scheme, not only the first", async () => {
    const css = await adaptDsfrStylesheet(
      ":root[data-fr-theme=dark] .a, [data-fr-theme='dark'] .b, .c { color: red }",
      "dsfr.css",
    );
    const rules: { media: string | undefined; selectors: string[] }[] = [];
    postcss.parse(css).walkRules((rule) => {
      const parent = rule.parent?.type === "atrule" ? (rule.parent as AtRule).params : undefined;
      rules.push({ media: parent, selectors: rule.selectors });
    });
    expect(rules).toEqual([
      { media: undefined, selectors: [".c"] },
      { media: "(prefers-color-scheme: dark)", selectors: [":root .a", ".b"] },
    ]);
  });

  it("drops the rules that only DSFR's script can make apply", async () => {
    const css = await adaptDsfrStylesheet("[data-fr-js-collapse] .a, .b { color: red }", "dsfr.css");
    expect(css.replace(/\s+/g, " ")).toBe(".b { color: red }");
  });
});

describe("printed links", () => {
  it("print their address in full, a link inside the site from the site's origin", () => {
    const css = printedLinkAddresses("https://exemple.gouv.fr/numerique-responsable/");
    expect(css).toContain('main a[href^="/"]::after{content:" (" "https://exemple.gouv.fr" attr(href) ")"}');
    expect(css).toContain('main a[href^="http"]::after{content:" (" attr(href) ")"}');
    expect(css).toContain("mask-image:none");
  });
});

describe("the stylesheet's cache", () => {
  it("builds once for a state of the inputs, reuses it, and builds anew when an input changes", async () => {
    const cacheDir = await temporaryFolder("feuille");
    const first = await buildStylesheet(projectRoot, SITE_URL, cacheDir);
    const [file] = await readdir(cacheDir);
    // A changed copy in the cache is what a second build returns: it was not built again.
    const cached = path.join(cacheDir, file!);
    await writeFile(cached, `${await readFile(cached, "utf8")}/* en cache */`);
    expect((await buildStylesheet(projectRoot, SITE_URL, cacheDir)).css).toContain("/* en cache */");

    // A copy of the project in another folder is the same state of the inputs, and so is another
    // deployment's address.
    const elsewhere = await buildStylesheet(await projectVariant({}), "https://ailleurs.example/", cacheDir);
    expect(elsewhere.css).toContain("/* en cache */");

    const siteRules = await readFile(path.join(projectRoot, SITE_STYLESHEET), "utf8");
    const variant = await projectVariant({ [SITE_STYLESHEET]: `${siteRules}\n.nouvelle { color: red }\n` });
    const changed = await buildStylesheet(variant, SITE_URL, cacheDir);
    expect(changed.css).toContain(".nouvelle{color:red}");
    expect(changed.version).not.toBe(first.version);
    expect(await readdir(cacheDir)).toHaveLength(2);
  });
});
