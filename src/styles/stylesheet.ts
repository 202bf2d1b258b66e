import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { transform } from "lightningcss";
import postcss, { AtRule, type Plugin, type Rule } from "postcss";
import customPropertiesFallbacks from "postcss-custom-properties";
import { PurgeCSS } from "purgecss";
import { dsfrStylesheets } from "./dsfr-parts.ts";

/*
 * The site's single stylesheet, built with the site: the DSFR parts it uses, reduced to the
 * selectors its templates can produce, then its own rules. Nothing else is fetched by a page.
 */

export const SITE_STYLESHEET = "src/styles/site.css";

/** Attributes that DSFR's JavaScript sets: the site ships none, so their rules never apply. */
const SCRIPT_ONLY_ATTRIBUTE = /\[data-fr-(?:mourning|js-[a-z-]+|scrolling|transition|opened|inject)[^\]]*\]/;
const DARK_THEME = /\[data-fr-theme=["']?dark["']?\]/g;

function isInKeyframes(rule: Rule): boolean {
  return rule.parent?.type === "atrule" && /keyframes$/.test((rule.parent as AtRule).name);
}

/**
 * Adapts DSFR's stylesheets to a site without JavaScript: its dark theme follows the reader's
 * system setting instead of an attribute set by script, its icons are inlined so that they
 * cost no request, and its fonts are left out (see README: weight budget).
 */
function withoutScript(sourceFile: string): Plugin {
  return {
    postcssPlugin: "dsfr-without-script",
    Once(root) {
      root.walkAtRules("font-face", (fontFace) => {
        fontFace.remove();
      });
      root.walkRules((rule) => {
        if (isInKeyframes(rule)) return;
        const selectors = rule.selectors.filter((selector) => !SCRIPT_ONLY_ATTRIBUTE.test(selector));
        if (!selectors.length) {
          rule.remove();
          return;
        }
        const dark = selectors.filter((selector) => DARK_THEME.test(selector));
        DARK_THEME.lastIndex = 0;
        const light = selectors.filter((selector) => !dark.includes(selector));
        if (!dark.length) {
          rule.selectors = selectors;
          return;
        }
        const darkRule = rule.clone({ selectors: dark.map((selector) => selector.replace(DARK_THEME, "")) });
        const media = new AtRule({ name: "media", params: "(prefers-color-scheme: dark)" });
        media.append(darkRule);
        rule.after(media);
        if (light.length) rule.selectors = light;
        else rule.remove();
      });
      root.walkDecls((declaration) => {
        declaration.value = declaration.value.replace(
          /url\((["']?)([^)"']+\.svg)\1\)/g,
          (_match, _quote, file: string) => {
            const svgPath = path.resolve(path.dirname(sourceFile), file);
            if (!existsSync(svgPath)) throw new Error(`${sourceFile} : icône introuvable « ${file} »`);
            return `url("data:image/svg+xml;base64,${readFileSync(svgPath).toString("base64")}")`;
          },
        );
      });
    },
  };
}

/** Where PurgeCSS looks for the classes the site can produce. */
const TEMPLATE_SOURCES = ["_includes/**/*.njk", "content/**/*.njk", "src/**/*.ts"];
const MARKDOWN_FOLDER = "content";

/**
 * What a Markdown page can add to the selectors in use: its raw HTML's elements, classes and ids.
 * Its prose is not split into words: a publication has thousands of pages, and words of text
 * never name a selector.
 */
export function markdownSelectors(markdown: string): string[] {
  const elements = [...markdown.matchAll(/<([a-z][a-z0-9-]*)/gi)].flatMap(
    (match) => match[1]?.toLowerCase() ?? [],
  );
  const attributes = [...markdown.matchAll(/\s(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].flatMap(
    (match) => (match[1] ?? match[2] ?? "").split(/\s+/),
  );
  return [...elements, ...attributes].filter(Boolean);
}

/** The selectors of every Markdown page below `folder`, each file read at once rather than awaited in turn. */
function markdownSelectorsIn(folder: string): Set<string> {
  const selectors = new Set<string>();
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) =>
    file.endsWith(".md"),
  );
  for (const file of files) {
    for (const selector of markdownSelectors(readFileSync(path.join(folder, file), "utf8")))
      selectors.add(selector);
  }
  return selectors;
}

/** Elements that Markdown produces without any template naming them. */
const MARKDOWN_ELEMENTS = [
  "h1",
  "h2",
  "h3",
  "h4",
  "p",
  "ul",
  "ol",
  "li",
  "a",
  "em",
  "strong",
  "code",
  "pre",
  "blockquote",
  "hr",
  "img",
  "sup",
  "sub",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "caption",
];

/** Classes that templates build from data (`stage-badge--{{ stage.id }}`). */
const COMPOSED_CLASSES = [/--(?:realisation|experimentation|reflexion)(?:-|$)/];

const variablesReadBy = (value: string) =>
  [...value.matchAll(/var\(\s*(--[\w-]+)/g)].flatMap((match) => match[1] ?? []);

/**
 * The custom properties the site's rules read, and those their values read in turn in DSFR's
 * definitions (`--text-default-success` reads `--success-425-625`).
 */
export function variablesNeededBy(siteRules: string, dsfr: string): string[] {
  const definitions = new Map<string, string[]>();
  postcss.parse(dsfr).walkDecls(/^--/, (declaration) => {
    definitions.set(declaration.prop, [
      ...(definitions.get(declaration.prop) ?? []),
      ...variablesReadBy(declaration.value),
    ]);
  });
  const needed = new Set(variablesReadBy(siteRules));
  for (const variable of needed) for (const read of definitions.get(variable) ?? []) needed.add(read);
  return [...needed];
}

export interface Stylesheet {
  css: string;
  /** Changes with the content, for the stylesheet's URL: a cached copy is never stale. */
  version: string;
}

export async function buildStylesheet(projectDir: string): Promise<Stylesheet> {
  const dsfrFiles = dsfrStylesheets().map((file) => path.join(projectDir, file));
  const adapted = await Promise.all(
    dsfrFiles.map(
      async (file) =>
        (await postcss([withoutScript(file)]).process(await readFile(file, "utf8"), { from: file })).css,
    ),
  );
  // The site's own rules are all meant to apply: only DSFR's are reduced to what is used. The
  // site's rules are read as content too, so that the DSFR classes they name are kept.
  const dsfr = adapted.join("\n");
  const siteRules = await readFile(path.join(projectDir, SITE_STYLESHEET), "utf8");
  const [purgedDsfr] = await new PurgeCSS().purge({
    content: [
      ...TEMPLATE_SOURCES.map((pattern) => path.join(projectDir, pattern)),
      { raw: [...markdownSelectorsIn(path.join(projectDir, MARKDOWN_FOLDER))].join(" "), extension: "txt" },
      { raw: siteRules, extension: "css" },
    ],
    css: [{ raw: dsfr }],
    // PurgeCSS sees the variables DSFR's own rules use, not those only the site's rules use.
    safelist: {
      standard: [...MARKDOWN_ELEMENTS, ...COMPOSED_CLASSES, ":root"],
      variables: variablesNeededBy(siteRules, dsfr),
    },
    variables: true,
    keyframes: true,
  });
  const { code } = transform({
    filename: "site.css",
    code: Buffer.from(`${purgedDsfr?.css ?? ""}\n${siteRules}`),
    minify: true,
  });
  // A 2014 phone's browser knows no custom properties: before each `var()`, the light theme's
  // value, which it reads and current browsers override. Added after minifying, which would
  // drop the first of two declarations of the same property.
  const { css } = await postcss([customPropertiesFallbacks({ preserve: true })]).process(code.toString(), {
    from: undefined,
  });
  return { css, version: createHash("sha256").update(css).digest("hex").slice(0, 12) };
}
