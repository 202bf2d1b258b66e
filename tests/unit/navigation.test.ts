import { describe, expect, it } from "vitest";
import {
  type NavigablePage,
  buildNavigationIndex,
  navigationKey,
  navigationTrail,
  navigationTree,
} from "../../src/eleventy/navigation.ts";

function page(url: string, eleventyNavigation?: NavigablePage["data"]["eleventyNavigation"], title?: string): NavigablePage {
  return { url, inputPath: `./content${url}index.md`, data: { eleventyNavigation, title } };
}

const pages: NavigablePage[] = [
  page("/"),
  page("/plans/", { key: "plans", title: "Plans" }),
  page("/plans/gains/", { parent: "plans", title: "Gains", order: 30 }),
  page("/plans/a-propos/", { parent: "plans", title: "À propos", order: 10 }),
  page("/plans/actions/", { parent: "plans", title: "Les actions", order: 20 }),
  page("/plans/actions/achats/", { parent: "Les actions", title: "Achats", order: 1 }),
];

describe("navigationKey", () => {
  it("is the key when there is one, else the title", () => {
    expect(navigationKey({ key: "plans", title: "Plans" })).toBe("plans");
    expect(navigationKey({ title: "Les actions" })).toBe("Les actions");
  });
});

describe("navigationTree", () => {
  it("orders children by their order field", () => {
    const tree = navigationTree(buildNavigationIndex([...pages]), "plans");
    expect(tree.children.map((entry) => entry.title)).toEqual(["À propos", "Les actions", "Gains"]);
  });

  it("finds the children of a page known by its title only", () => {
    const tree = navigationTree(buildNavigationIndex([...pages]), "plans");
    expect(tree.children[1]?.children.map((entry) => entry.url)).toEqual(["/plans/actions/achats/"]);
  });

  it("keeps pages marked excludeFromSidebar out of the sidebar's children, not out of the tree", () => {
    const stagePage = page("/plans/actions/stade/", { parent: "Les actions", title: "Stade", excludeFromSidebar: true });
    const tree = navigationTree(buildNavigationIndex([...pages, stagePage]), "plans");
    const actions = tree.children[1]!;
    expect(actions.children.map((entry) => entry.title)).toEqual(["Achats", "Stade"]);
    expect(actions.sidebarChildren.map((entry) => entry.title)).toEqual(["Achats"]);
    expect(navigationTrail(buildNavigationIndex([...pages, stagePage]), "/plans/actions/stade/").map((entry) => entry.title)).toEqual([
      "Plans",
      "Les actions",
      "Stade",
    ]);
  });

  it("titles an entry with the page's title when the navigation gives none", () => {
    const untitled = page("/plans/sans-titre/", { parent: "plans", order: 40 }, "Titre de la page");
    const tree = navigationTree(buildNavigationIndex([...pages, untitled]), "plans");
    expect(tree.children.at(-1)).toMatchObject({ title: "Titre de la page", key: "Titre de la page", url: "/plans/sans-titre/" });
  });

  it("names the missing key", () => {
    expect(() => navigationTree(buildNavigationIndex([...pages]), "inconnu")).toThrow("« inconnu »");
  });

});

describe("navigationTrail", () => {
  it("goes from the root down to the page", () => {
    expect(navigationTrail(buildNavigationIndex([...pages]), "/plans/actions/achats/").map((entry) => entry.title)).toEqual([
      "Plans",
      "Les actions",
      "Achats",
    ]);
  });

  it("is empty for a page outside any tree", () => {
    expect(navigationTrail(buildNavigationIndex([...pages]), "/")).toEqual([]);
  });
});

describe("buildNavigationIndex", () => {
  it("refuses two pages with the same key, naming both files and the field", () => {
    const clash = [...pages, page("/plans/copie/", { parent: "plans", title: "Gains" })];
    expect(() => buildNavigationIndex(clash)).toThrow(
      "./content/plans/copie/index.md : champ « eleventyNavigation.key » : « Gains » est déjà la clé de ./content/plans/gains/index.md",
    );
  });

  it("refuses a parent key that no page has, naming the file and the field", () => {
    const orphan = page("/plans/orpheline/", { parent: "plan", title: "Orpheline" });
    expect(() => buildNavigationIndex([...pages, orphan])).toThrow(
      "./content/plans/orpheline/index.md : champ « eleventyNavigation.parent » : aucune page n'a la clé « plan »",
    );
  });

  it("leaves out pages that are not written", () => {
    const unwritten: NavigablePage = { ...page("/plans/brouillon/", { parent: "plans", title: "Brouillon" }), url: false };
    const index = buildNavigationIndex([...pages, unwritten]);
    expect(index.byKey.has("Brouillon")).toBe(false);
  });
});
