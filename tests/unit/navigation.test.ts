import { describe, expect, it } from "vitest";
import { type NavigablePage, completeNavigation } from "../../src/eleventy/navigation/defaults.ts";
import { buildNavigationIndex } from "../../src/eleventy/navigation/index.ts";
import { navigationTrail, navigationTree } from "../../src/eleventy/navigation/lookups.ts";
import { navigationSection } from "../../src/eleventy/navigation/section.ts";
import {
  type SidebarItem,
  LONG_BRANCH,
  sidebarMenu,
  sidebarOrder,
} from "../../src/eleventy/navigation/sidebar.ts";

function page(
  url: string,
  eleventyNavigation?: NavigablePage["data"]["eleventyNavigation"],
  title?: string,
): NavigablePage {
  return { url, inputPath: `./content${url}index.md`, data: { eleventyNavigation, title } };
}

const pages: NavigablePage[] = [
  page("/"),
  page("/plans/", { key: "plans", title: "Plans" }),
  page("/plans/gains/", { parent: "plans", title: "Gains", order: 30 }),
  page("/plans/a-propos/", { parent: "plans", title: "À propos", order: 10 }),
  page("/plans/actions/", { parent: "plans", title: "Les actions", order: 20 }),
  page("/plans/actions/achats/", { parent: "plans/actions", title: "Achats", order: 1 }),
];

/** The key a page has in every navigation tree, once the data cascade has completed it. */
const navigationKey = (entry: NavigablePage) => completeNavigation({ ...entry.data, page: entry })?.key;

describe("a page's navigation key", () => {
  it("is the key when there is one, else the page's file in content/, never its title", () => {
    expect(navigationKey(page("/plans/", { key: "plans", title: "Plans" }))).toBe("plans");
    const file = { url: "/p/gouvernance/", inputPath: "./content/p/gouvernance.md", data: {} };
    expect(navigationKey({ ...file, data: { eleventyNavigation: { title: "Gouvernance" } } })).toBe(
      "p/gouvernance",
    );
    expect(navigationKey(page("/p/actions/", { title: "Les actions" }))).toBe("p/actions");
  });

  it("does not change when a parent's title does: its children stay below it", () => {
    const renamed = pages.map((entry) =>
      entry.url === "/plans/actions/"
        ? page(entry.url, { ...entry.data.eleventyNavigation, title: "Toutes les actions" })
        : entry,
    );
    const actions = navigationTree(buildNavigationIndex(renamed), "plans/actions");
    expect(actions.title).toBe("Toutes les actions");
    expect(actions.children.map((child) => child.url)).toEqual(["/plans/actions/achats/"]);
  });
});

describe("navigationTree", () => {
  it("orders children by their order field", () => {
    const tree = navigationTree(buildNavigationIndex([...pages]), "plans");
    expect(tree.children.map((entry) => entry.title)).toEqual(["À propos", "Les actions", "Gains"]);
  });

  it("finds the children of a page known by its file only", () => {
    const tree = navigationTree(buildNavigationIndex([...pages]), "plans");
    expect(tree.children[1]?.children.map((entry) => entry.url)).toEqual(["/plans/actions/achats/"]);
  });

  it("keeps pages marked excludeFromSidebar out of the sidebar's children, not out of the tree", () => {
    const stagePage = page("/plans/actions/stade/", {
      parent: "plans/actions",
      title: "Stade",
      excludeFromSidebar: true,
    });
    const tree = navigationTree(buildNavigationIndex([...pages, stagePage]), "plans");
    const actions = tree.children[1]!;
    expect(actions.children.map((entry) => entry.title)).toEqual(["Achats", "Stade"]);
    expect(actions.sidebarChildren.map((entry) => entry.title)).toEqual(["Achats"]);
    expect(
      navigationTrail(buildNavigationIndex([...pages, stagePage]), "/plans/actions/stade/").map(
        (entry) => entry.title,
      ),
    ).toEqual(["Plans", "Les actions", "Stade"]);
  });

  it("titles an entry with the page's title when the navigation gives none", () => {
    const untitled = page("/plans/sans-titre/", { parent: "plans", order: 40 }, "Titre de la page");
    const tree = navigationTree(buildNavigationIndex([...pages, untitled]), "plans");
    expect(tree.children.at(-1)).toMatchObject({
      title: "Titre de la page",
      key: "plans/sans-titre",
      url: "/plans/sans-titre/",
    });
  });

  it("names the missing key", () => {
    expect(() => navigationTree(buildNavigationIndex([...pages]), "inconnu")).toThrow("« inconnu »");
  });
});

describe("navigationTrail", () => {
  it("goes from the root down to the page", () => {
    expect(
      navigationTrail(buildNavigationIndex([...pages]), "/plans/actions/achats/").map((entry) => entry.title),
    ).toEqual(["Plans", "Les actions", "Achats"]);
  });

  it("is empty for a page outside any tree", () => {
    expect(navigationTrail(buildNavigationIndex([...pages]), "/")).toEqual([]);
  });
});

describe("navigationSection", () => {
  it("is where a page sits: home, then its ancestors, without the page itself", () => {
    const index = buildNavigationIndex([...pages]);
    expect(navigationSection(index, "/plans/actions/achats/")).toBe("Accueil › Plans › Les actions");
    expect(navigationSection(index, "/plans/")).toBe("Accueil");
    // A page outside the tree sits at home.
    expect(navigationSection(index, "/mentions-legales/")).toBe("Accueil");
  });
});

describe("buildNavigationIndex", () => {
  it("refuses two pages with the same key, naming both files and the field", () => {
    const clash = [...pages, page("/plans/copie/", { key: "plans", parent: "plans", title: "Copie" })];
    expect(() => buildNavigationIndex(clash)).toThrow(
      "./content/plans/copie/index.md : champ « eleventyNavigation.key » : « plans » est déjà la clé de ./content/plans/index.md",
    );
  });

  it("refuses a parent key that no page has, naming the file and the field", () => {
    const orphan = page("/plans/orpheline/", { parent: "plan", title: "Orpheline" });
    expect(() => buildNavigationIndex([...pages, orphan])).toThrow(
      "./content/plans/orpheline/index.md : champ « eleventyNavigation.parent » : aucune page n'a la clé « plan »",
    );
  });

  it("leaves out pages that are not written", () => {
    const unwritten: NavigablePage = {
      ...page("/plans/brouillon/", { parent: "plans", title: "Brouillon" }),
      url: false,
    };
    const index = buildNavigationIndex([...pages, unwritten]);
    expect(index.byKey.has("plans/brouillon")).toBe(false);
    expect(navigationTree(index, "plans").children.map((entry) => entry.url)).not.toContain(
      "/plans/brouillon/",
    );
  });

  it("refuses a key with a comma, which the plugin would read as two keys", () => {
    const comma = page("/plans/a-b/", { key: "a,b", parent: "plans", title: "A et B" });
    expect(() => buildNavigationIndex([...pages, comma])).toThrow(
      "./content/plans/a-b/index.md : champ « eleventyNavigation.key » : « a,b » contient une virgule",
    );
  });

  it("names pages whose parents loop back on themselves, which no root leads to", () => {
    const loop = [
      page("/a/", { key: "a", parent: "b", title: "A" }),
      page("/b/", { key: "b", parent: "a", title: "B" }),
    ];
    expect(() => buildNavigationIndex([...pages, ...loop])).toThrow(
      "./content/a/index.md, ./content/b/index.md : champ « eleventyNavigation.parent » : ces pages sont parentes les unes des autres",
    );
  });
});

describe("sidebarMenu", () => {
  /** A publication with one long branch: `sections` sections of `perSection` pages each. */
  function largePublication(sections: number, perSection: number): NavigablePage[] {
    const large = [
      ...pages,
      page("/plans/fiches/", { key: "fiches", parent: "plans", title: "Fiches", order: 40 }),
    ];
    for (let section = 0; section < sections; section += 1) {
      large.push(
        page(`/plans/fiches/s${section}/`, {
          key: `s${section}`,
          parent: "fiches",
          title: `Section ${section}`,
          order: section,
        }),
      );
      for (let number = 0; number < perSection; number += 1) {
        large.push(
          page(`/plans/fiches/s${section}/f${number}/`, {
            parent: `s${section}`,
            title: `Fiche ${section}.${number}`,
            order: number,
          }),
        );
      }
    }
    return large;
  }
  const titles = (items: SidebarItem[]) => items.map((item) => item.title);
  const entry = (items: SidebarItem[], title: string) => items.find((item) => item.title === title)!;
  const countItems = (items: SidebarItem[]): number =>
    items.reduce((sum, item) => sum + 1 + countItems(item.children), 0);

  it("opens short branches on every page and marks the page read", () => {
    const menu = sidebarMenu(buildNavigationIndex([...pages]), "plans", "/plans/gains/");
    expect(titles(menu.items)).toEqual(["À propos", "Les actions", "Gains"]);
    expect(titles(entry(menu.items, "Les actions").children)).toEqual(["Achats"]);
    expect(entry(menu.items, "Gains")).toMatchObject({ current: true });
    expect(entry(menu.items, "Les actions")).toMatchObject({ current: false });
    expect(menu.root).toMatchObject({ title: "Plans", current: false, children: [] });
    expect(sidebarMenu(buildNavigationIndex([...pages]), "plans", "/plans/").root).toMatchObject({
      current: true,
    });
  });

  it("lists a long branch whole only on its own page and its children's pages", () => {
    const index = buildNavigationIndex(largePublication(LONG_BRANCH + 3, 5));
    const onBranch = entry(sidebarMenu(index, "plans", "/plans/fiches/").items, "Fiches");
    expect(onBranch.children).toHaveLength(LONG_BRANCH + 3);
    const onSection = entry(sidebarMenu(index, "plans", "/plans/fiches/s2/").items, "Fiches");
    expect(onSection.children).toHaveLength(LONG_BRANCH + 3);
    expect(titles(entry(onSection.children, "Section 2").children)).toEqual([
      "Fiche 2.0",
      "Fiche 2.1",
      "Fiche 2.2",
      "Fiche 2.3",
      "Fiche 2.4",
    ]);
    const elsewhere = entry(sidebarMenu(index, "plans", "/plans/gains/").items, "Fiches");
    expect(elsewhere.children).toEqual([]);
  });

  it("keeps, higher up a long branch, only the way down to the page, with the page's siblings", () => {
    const index = buildNavigationIndex(largePublication(LONG_BRANCH + 3, 5));
    const fiches = entry(sidebarMenu(index, "plans", "/plans/fiches/s2/f3/").items, "Fiches");
    expect(titles(fiches.children)).toEqual(["Section 2"]);
    const section = fiches.children[0]!;
    expect(titles(section.children)).toEqual([
      "Fiche 2.0",
      "Fiche 2.1",
      "Fiche 2.2",
      "Fiche 2.3",
      "Fiche 2.4",
    ]);
    expect(section.children.filter((item) => item.current).map((item) => item.url)).toEqual([
      "/plans/fiches/s2/f3/",
    ]);
  });

  it("grows with the branch being read, not with the size of the publication", () => {
    const sizeOfSidebar = (sections: number) =>
      countItems(
        sidebarMenu(buildNavigationIndex(largePublication(sections, 40)), "plans", "/plans/fiches/s1/f7/")
          .items,
      );
    expect(sizeOfSidebar(100)).toBe(sizeOfSidebar(20));
  });
});

describe("sidebarOrder", () => {
  it("lists the root, then each entry followed by its children, in the sidebar's order", () => {
    expect(sidebarOrder(buildNavigationIndex([...pages]), "plans")).toEqual([
      { title: "Plans", url: "/plans/", depth: 0 },
      { title: "À propos", url: "/plans/a-propos/", depth: 1 },
      { title: "Les actions", url: "/plans/actions/", depth: 1 },
      { title: "Achats", url: "/plans/actions/achats/", depth: 2 },
      { title: "Gains", url: "/plans/gains/", depth: 1 },
    ]);
  });

  it("stops at the depth it is given", () => {
    expect(sidebarOrder(buildNavigationIndex([...pages]), "plans", 1).map((entry) => entry.title)).toEqual([
      "Plans",
      "À propos",
      "Les actions",
      "Gains",
    ]);
  });

  it("lists a long branch whole, and leaves out the pages kept out of the sidebar", () => {
    const fiches = Array.from({ length: LONG_BRANCH + 2 }, (_, number) =>
      page(`/plans/gains/f${number}/`, { parent: "plans/gains", title: `Fiche ${number}`, order: number }),
    );
    const hidden = page("/plans/imprimable/", {
      parent: "plans",
      title: "Imprimable",
      excludeFromSidebar: true,
    });
    const order = sidebarOrder(buildNavigationIndex([...pages, ...fiches, hidden]), "plans");
    expect(order.map((entry) => entry.title)).toEqual([
      "Plans",
      "À propos",
      "Les actions",
      "Achats",
      "Gains",
      ...fiches.map((_, number) => `Fiche ${number}`),
    ]);
  });

  it("lists the tree of the root it is given only", () => {
    const news = [
      page("/actualites/", { key: "actualites", title: "Actualités" }),
      page("/actualites/une/", { parent: "actualites", title: "Une" }),
    ];
    expect(sidebarOrder(buildNavigationIndex([...pages, ...news]), "actualites")).toEqual([
      { title: "Actualités", url: "/actualites/", depth: 0 },
      { title: "Une", url: "/actualites/une/", depth: 1 },
    ]);
  });
});
