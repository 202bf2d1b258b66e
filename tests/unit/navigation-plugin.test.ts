import { tmpdir } from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type UserConfig from "@11ty/eleventy/UserConfig";
import navigationPlugin, { type NavigationFrontMatter } from "@11ty/eleventy-navigation";
import { describe, expect, it } from "vitest";
import configure from "../../eleventy.config.ts";
import contentData from "../../content/content.11tydata.ts";
import { completeNavigation, navigationDefaults } from "../../src/eleventy/navigation/defaults.ts";
import { type NavigationEntry, buildNavigationIndex } from "../../src/eleventy/navigation/index.ts";
import { navigationTrail } from "../../src/eleventy/navigation/lookups.ts";

/*
 * The plugin's filters and the site's index read the same pages and must agree: same keys, same
 * titles and addresses, same order, same breadcrumb, for every page.
 */

interface PageData {
  page: { url: string | false; inputPath: string };
  title?: string;
  eleventyNavigation?: NavigationFrontMatter;
}

interface FixturePage {
  url: string | false;
  inputPath: string;
  data: PageData;
}

/** An item of `collections.all`, its data completed as the cascade completes it. */
function item(file: string, url: string | false, title?: string, navigation?: NavigationFrontMatter) {
  const inputPath = `./content/${file}`;
  const data: PageData = { page: { url, inputPath }, title, eleventyNavigation: navigation };
  return { url, inputPath, data: { ...data, eleventyNavigation: completeNavigation(data) } };
}

const PAGES: FixturePage[] = [
  item("index.md", "/", "Accueil"),
  item("guide/index.md", "/guide/", "Le guide", { key: "guide", title: "Guide" }),
  item("guide/sans-ordre.md", "/guide/sans-ordre/", "Sans ordre", { parent: "guide" }),
  item("guide/avance.md", "/guide/avance/", "Pour aller plus loin", {
    parent: "guide",
    title: "Avancé",
    order: 30,
  }),
  item("guide/egal-b.md", "/guide/egal-b/", "Égal B", { parent: "guide", order: 20 }),
  item("guide/demarrer.md", "/guide/demarrer/", "Démarrer", { parent: "guide", order: 10 }),
  item("guide/egal-a.md", "/guide/egal-a/", "Égal A", { parent: "guide", order: 20 }),
  item("guide/epingle.md", "/guide/epingle/", "Épinglé", { parent: "guide", order: 50, pinned: true }),
  item("guide/cache.md", "/guide/cache/", "Caché", { parent: "guide", order: 40, excludeFromSidebar: true }),
  item("guide/ailleurs.md", "/guide/ailleurs/", "Ailleurs", { parent: "guide", url: "https://exemple.fr/" }),
  item("guide/brouillon.md", false, "Brouillon", { parent: "guide", order: 1 }),
  item("guide/demarrer/installer.md", "/guide/demarrer/installer/", "Installer", {
    parent: "guide/demarrer",
    order: 2,
  }),
  item("guide/demarrer/configurer.md", "/guide/demarrer/configurer/", "Configurer", {
    parent: "guide/demarrer",
    order: 1,
  }),
  item("guide/demarrer/installer/linux.md", "/guide/demarrer/installer/linux/", "Linux", {
    parent: "guide/demarrer/installer",
  }),
  item("nouvelles.njk", "/nouvelles/", "Nouvelles", { key: "nouvelles" }),
  item("nouvelles/2026-02-01-b.md", "/nouvelles/2026-02-01-b/", "Deuxième", {
    parent: "nouvelles",
    excludeFromSidebar: true,
  }),
  item("nouvelles/2026-01-01-a.md", "/nouvelles/2026-01-01-a/", "Première", {
    parent: "nouvelles",
    excludeFromSidebar: true,
  }),
  item("mentions-legales.md", "/mentions-legales/", "Mentions légales"),
];

interface Shape {
  key: string | undefined;
  title: string;
  url: string | undefined;
  children: Shape[];
}

type Found = ReturnType<typeof navigationPlugin.navigation.find<PageData>>[number];

const pluginShape = (entries: Found[], keep: (entry: Found) => boolean = () => true): Shape[] =>
  entries.filter(keep).map((entry) => ({
    key: entry.key,
    title: entry.title,
    url: entry.url,
    children: pluginShape(entry.children ?? [], keep),
  }));

const indexShape = (
  entries: NavigationEntry[],
  children = (entry: NavigationEntry) => entry.children,
): Shape[] =>
  entries.map((entry) => ({
    key: entry.key,
    title: entry.title,
    url: entry.url,
    children: indexShape(children(entry), children),
  }));

const link = ({ key, title, url }: { key?: string; title: string; url?: string }) => ({ key, title, url });

describe("the navigation plugin's filters and the site's index", () => {
  const index = buildNavigationIndex(PAGES);

  it("give the same trees: keys, titles, addresses and order", () => {
    const trees = indexShape(index.roots);
    expect(trees).toEqual(pluginShape(navigationPlugin.navigation.find(PAGES)));
    expect(trees.map((tree) => tree.key)).toEqual(["guide", "nouvelles"]);
    expect(trees[0]?.children.map((entry) => entry.title)).toEqual([
      "Épinglé",
      "Démarrer",
      "Égal B",
      "Égal A",
      "Avancé",
      "Caché",
      "Sans ordre",
      "Ailleurs",
    ]);
  });

  it("give the same sidebar once the plugin's entries marked excludeFromSidebar are left out", () => {
    const listed = (entry: Found) => !entry.excludeFromSidebar;
    expect(indexShape(index.roots, (entry) => entry.sidebarChildren)).toEqual(
      pluginShape(navigationPlugin.navigation.find(PAGES), listed),
    );
  });

  it("give the same breadcrumb for every page of the trees", () => {
    const inTrees = PAGES.filter((page) => page.url && page.data.eleventyNavigation);
    expect(inTrees).toHaveLength(15);
    for (const page of inTrees) {
      const key = page.data.eleventyNavigation?.key ?? "";
      const breadcrumb = navigationPlugin.navigation.findBreadcrumbs(PAGES, key, { includeSelf: true });
      expect(navigationTrail(index, page.url as string).map(link), page.inputPath).toEqual(
        breadcrumb.map(link),
      );
    }
    expect(navigationTrail(index, "/guide/demarrer/installer/linux/").map((entry) => entry.key)).toEqual([
      "guide",
      "guide/demarrer",
      "guide/demarrer/installer",
      "guide/demarrer/installer/linux",
    ]);
  });

  it("keep a page's children below it when its title changes: keys come from files", () => {
    const renamed = PAGES.map((page) =>
      page.inputPath === "./content/guide/demarrer.md"
        ? item("guide/demarrer.md", "/guide/demarrer/", "Premiers pas", { parent: "guide", order: 10 })
        : page,
    );
    const children = navigationPlugin.navigation.find(renamed, "guide/demarrer").map((entry) => entry.title);
    expect(children).toEqual(["Configurer", "Installer"]);
    expect(navigationTrail(buildNavigationIndex(renamed), "/guide/demarrer/installer/").map(link)).toEqual(
      navigationPlugin.navigation
        .findBreadcrumbs(renamed, "guide/demarrer/installer", { includeSelf: true })
        .map(link),
    );
  });
});

describe("completeNavigation", () => {
  const page = { url: "/guide/demarrer/", inputPath: "./content/guide/demarrer.md" };

  it("gives a page the key of its file and its own title, unless its navigation names them", () => {
    expect(completeNavigation({ page, title: "Démarrer", eleventyNavigation: { parent: "guide" } })).toEqual({
      parent: "guide",
      key: "guide/demarrer",
      title: "Démarrer",
    });
    const named = { key: "demarrer", title: "Pour démarrer", order: 3 };
    expect(completeNavigation({ page, title: "Démarrer", eleventyNavigation: named })).toEqual(named);
  });

  it("leaves out a page without navigation, or not written", () => {
    // Before a computed field is set, Eleventy's data reads "" there.
    expect(completeNavigation({ page, title: "Démarrer", eleventyNavigation: "" })).toBeUndefined();
    expect(completeNavigation({ page, title: "Démarrer" })).toBeUndefined();
    const unwritten = { ...page, url: false as const };
    expect(completeNavigation({ page: unwritten, eleventyNavigation: { parent: "guide" } })).toBeUndefined();
  });

  it("is every page's eleventyComputed, from the data file of content/", () => {
    expect(contentData.eleventyComputed).toBe(navigationDefaults);
    expect(navigationDefaults.eleventyNavigation).toBe(completeNavigation);
  });
});

describe("the site's configuration", () => {
  it("registers the plugin's filters, which read the same trees", async () => {
    let userConfig: UserConfig | undefined;
    const eleventy = new Eleventy("content", path.join(tmpdir(), "navigation-plugin-test"), {
      quietMode: true,
      config(eleventyConfig: UserConfig) {
        configure(eleventyConfig);
        userConfig = eleventyConfig;
      },
    });
    // Runs the configuration, then the plugins it adds; builds nothing.
    await eleventy.initializeConfig();
    const filter = (name: string): unknown => userConfig?.getFilter(name);
    for (const name of ["eleventyNavigation", "eleventyNavigationBreadcrumb", "eleventyNavigationToHtml"]) {
      expect(typeof filter(name), name).toBe("function");
    }
    const find = filter("eleventyNavigation") as typeof navigationPlugin.navigation.find;
    expect(pluginShape(find(PAGES, "guide"))).toEqual(indexShape(childrenInIndex(PAGES, "guide")));
    const toHtml = filter("eleventyNavigationToHtml") as (entries: Found[]) => string;
    expect(toHtml(find(PAGES, "nouvelles"))).toBe(
      '<ul><li><a href="/nouvelles/2026-02-01-b/">Deuxième</a></li>\n' +
        '<li><a href="/nouvelles/2026-01-01-a/">Première</a></li></ul>',
    );
  });
});

/** The children of `key` in the site's index. */
function childrenInIndex(pages: FixturePage[], key: string): NavigationEntry[] {
  return buildNavigationIndex(pages).byKey.get(key)?.children ?? [];
}
