import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { checkLinks } from "../../src/checks/links.ts";
import { projectRoot, temporaryFolder } from "../support/project.ts";

const siteDir = inject("siteDir");
const SITE_URL = "http://127.0.0.1:8080/";

describe("links", () => {
  it("all resolve, internal paths and fragments alike, on every built page", async () => {
    const report = await checkLinks(siteDir, SITE_URL);
    expect(report.problems).toEqual([]);
    // External links are listed for a person to review, never fetched.
    const listed = [...new Set(report.external.map((link) => link.url))].sort();
    await mkdir(path.join(projectRoot, "tests/.output"), { recursive: true });
    await writeFile(path.join(projectRoot, "tests/.output/external-links.txt"), `${listed.join("\n")}\n`);
    expect(listed).toContain("https://dons.encheres-domaine.gouv.fr/");
  });

  it('catches a missing page, a missing fragment, href="#" and an empty link', async () => {
    const dir = await temporaryFolder("links");
    await mkdir(path.join(dir, "a"));
    await writeFile(path.join(dir, "index.html"), '<p id="ici">Accueil</p>');
    await writeFile(
      path.join(dir, "a", "index.html"),
      '<a href="/">ok</a><a href="/#ici">ok</a><a href="/b/">absente</a><a href="/#la">fragment</a><a href="#">vide</a><a href="">rien</a><a href="https://exemple.org/">dehors</a>',
    );
    const report = await checkLinks(dir, SITE_URL);
    expect(report.problems).toEqual([
      "/a/ : /b/ ne mène à aucun fichier construit",
      "/a/ : /#la vise un id « la » absent de la page",
      '/a/ : <a href="#"> ne mène nulle part',
      '/a/ : <a href=""> ne mène nulle part',
    ]);
    expect(report.broken.map((link) => [link.page, link.href])).toEqual([
      ["/a/", "/b/"],
      ["/a/", "/#la"],
      ["/a/", "#"],
      ["/a/", ""],
    ]);
    expect(report.external).toEqual([{ page: "/a/", url: "https://exemple.org/" }]);
  });
});
