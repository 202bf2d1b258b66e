import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { transform } from "lightningcss";
import postcss, { AtRule, type Plugin } from "postcss";
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
const DARK_THEME = /\[data-fr-theme=["']?dark["']?\]/;

/**
 * Adapts DSFR's stylesheets to a site without JavaScript: its dark theme follows the reader's
 * system setting instead of an attribute set by script, its icons are inlined so that they
 * cost no request, and its fonts are left out (see docs/apparence.md, « Police »).
 */
function withoutScript(sourceFile: string): Plugin {
  return {
    postcssPlugin: "dsfr-without-script",
    Once(root) {
      root.walkAtRules("font-face", (fontFace) => {
        fontFace.remove();
      });
      root.walkRules((rule) => {
        const selectors = rule.selectors.filter((selector) => !SCRIPT_ONLY_ATTRIBUTE.test(selector));
        const dark = selectors.filter((selector) => DARK_THEME.test(selector));
        const light = selectors.filter((selector) => !DARK_THEME.test(selector));
        if (dark.length) {
          const darkRule = rule.clone({
            selectors: dark.map((selector) => selector.replace(DARK_THEME, "")),
          });
          const media = new AtRule({ name: "media", params: "(prefers-color-scheme: dark)" });
          media.append(darkRule);
          rule.after(media);
        }
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

/** One DSFR stylesheet made fit for a site without script (see `withoutScript`). */
export async function adaptDsfrStylesheet(css: string, sourceFile: string): Promise<string> {
  return (await postcss([withoutScript(sourceFile)]).process(css, { from: sourceFile })).css;
}

/** Where PurgeCSS looks for the classes the site can produce: its templates and its scripts. */
const MARKUP_SOURCES = [
  { folder: "_includes", extension: ".njk" },
  { folder: "content", extension: ".njk" },
  { folder: "public", extension: ".js" },
  { folder: "src/browser", extension: ".ts" },
];
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

function filesIn(folder: string, extension: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(extension))
    .sort()
    .map((file) => path.join(folder, file));
}

/** Elements that Markdown produces without any template naming them. */
const MARKDOWN_ELEMENTS = [
  ...["h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "a", "em", "strong", "code", "pre"],
  ...["blockquote", "hr", "img", "sup", "sub"],
  ...["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption"],
];

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

/**
 * What the stylesheet is made from. Its hash is the cache key: the DSFR files are named by their
 * path in the project (their content is fixed by the lockfile's DSFR version), every other input
 * by its content, so that copies of the project in other folders share the cache.
 */
interface StylesheetInputs {
  dsfrFiles: string[];
  siteRules: string;
  markup: string;
  markdownSelectors: string;
  /** The code that builds the stylesheet and the packages it uses: a change to them is a new stylesheet. */
  tools: string;
}

async function readInputs(projectDir: string): Promise<StylesheetInputs> {
  const markupFiles = MARKUP_SOURCES.flatMap(({ folder, extension }) =>
    filesIn(path.join(projectDir, folder), extension),
  );
  const selectors = new Set(
    filesIn(path.join(projectDir, MARKDOWN_FOLDER), ".md").flatMap((file) =>
      markdownSelectors(readFileSync(file, "utf8")),
    ),
  );
  const lockfile = path.join(projectDir, "node_modules/.package-lock.json");
  const tools = [
    import.meta.filename,
    path.join(import.meta.dirname, "dsfr-parts.ts"),
    ...(existsSync(lockfile) ? [lockfile] : []),
  ];
  const read = (files: string[]) => Promise.all(files.map((file) => readFile(file, "utf8")));
  return {
    dsfrFiles: dsfrStylesheets(),
    siteRules: await readFile(path.join(projectDir, SITE_STYLESHEET), "utf8"),
    markup: (await read(markupFiles)).join("\n"),
    markdownSelectors: [...selectors].sort().join(" "),
    tools: (await read(tools)).join("\n"),
  };
}

async function compile(projectDir: string, inputs: StylesheetInputs): Promise<string> {
  const adapted = await Promise.all(
    inputs.dsfrFiles.map(async (file) => {
      const dsfrFile = path.join(projectDir, file);
      return adaptDsfrStylesheet(await readFile(dsfrFile, "utf8"), dsfrFile);
    }),
  );
  // The site's own rules are all meant to apply: only DSFR's are reduced to what is used. The
  // site's rules are read as content too, so that the DSFR classes they name are kept.
  const dsfr = adapted.join("\n");
  const [purgedDsfr] = await new PurgeCSS().purge({
    content: [
      { raw: inputs.markup, extension: "html" },
      { raw: inputs.markdownSelectors, extension: "txt" },
      { raw: inputs.siteRules, extension: "css" },
    ],
    css: [{ raw: dsfr }],
    // PurgeCSS sees the variables DSFR's own rules use, not those only the site's rules use.
    safelist: { standard: MARKDOWN_ELEMENTS, variables: variablesNeededBy(inputs.siteRules, dsfr) },
    variables: true,
  });
  const { code } = transform({
    filename: "site.css",
    code: Buffer.from(`${purgedDsfr?.css ?? ""}\n${inputs.siteRules}`),
    minify: true,
  });
  // A 2014 phone's browser knows no custom properties: before each `var()`, the light theme's
  // value, which it reads and current browsers override. Added after minifying, which would
  // drop the first of two declarations of the same property.
  const fallbacks = postcss([customPropertiesFallbacks({ preserve: true })]);
  return (await fallbacks.process(code.toString(), { from: undefined })).css;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The stylesheet for the project's current templates, pages and rules. It is built once for each
 * state of its inputs and kept in `cacheDir`: the dev server's rebuilds and the test suite's
 * builds of variants of the site reuse it instead of purging DSFR again.
 */
export async function buildStylesheet(
  projectDir: string,
  siteUrl: string,
  cacheDir = path.join(projectDir, "node_modules/.cache/site-stylesheet"),
): Promise<Stylesheet> {
  const inputs = await readInputs(projectDir);
  const cached = path.join(cacheDir, `${sha256(JSON.stringify(inputs))}.css`);
  let css = await readFile(cached, "utf8").catch(() => undefined);
  if (css === undefined) {
    css = await compile(projectDir, inputs);
    await mkdir(cacheDir, { recursive: true });
    // Written whole under another name, then renamed: a build beside this one never reads half a file.
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, css);
    await rename(partial, cached);
  }
  css += printedLinkAddresses(siteUrl);
  return { css, version: sha256(css).slice(0, 12) };
}

/**
 * On paper a link is worth its address, in full: an external one as written, a link inside the
 * site from the site's own origin (its href already holds the path prefix). The address takes the
 * place of any icon DSFR draws after a link (a download's), whose mask would hide it. Added after
 * the cache, which serves every deployment's address.
 */
export function printedLinkAddresses(siteUrl: string): string {
  const origin = JSON.stringify(new URL(siteUrl).origin);
  const text =
    "display:inline;width:auto;height:auto;margin:0;background:none;" +
    "-webkit-mask-image:none;mask-image:none;font-size:.8em;vertical-align:baseline;" +
    // An address has no spaces to wrap at: it would run past the paper's edge, or widen a table.
    "overflow-wrap:anywhere";
  return (
    `@media print{main a[href^="http"]::after,main a[href^="/"]::after{${text}}` +
    'main a[href^="http"]::after{content:" (" attr(href) ")"}' +
    `main a[href^="/"]::after{content:" (" ${origin} attr(href) ")"}}`
  );
}
