import { describe, expect, it } from "vitest";
import { planDocumentPages, publicationDocumentPage } from "../../../src/catalogue/document-pages.ts";
import { ministryViews } from "../../../src/catalogue/page-views.ts";
import { actions, ministries, plansByMinistry } from "./small-catalogue.ts";

describe("planDocumentPages", () => {
  const views = ministryViews(ministries, actions, (id) => plansByMinistry.get(id) ?? []);
  const pages = planDocumentPages(views);

  it("gives one page to each plan of every ministry, its PDF beside it", () => {
    expect(pages.map((page) => [page.url, page.title, page.pdfUrl])).toEqual([
      [
        "/plans-action/ministeres/culture/2022/version-imprimable/",
        "Culture, plan 2022 en entier",
        "/plans-action/ministeres/culture/2022/version-imprimable/plan-culture-2022.pdf",
      ],
      [
        "/plans-action/ministeres/culture/2023-2025/version-imprimable/",
        "Culture, plan 2023-2025 en entier",
        "/plans-action/ministeres/culture/2023-2025/version-imprimable/plan-culture-2023-2025.pdf",
      ],
      [
        "/plans-action/ministeres/justice/2022/version-imprimable/",
        "Justice, plan 2022 en entier",
        "/plans-action/ministeres/justice/2022/version-imprimable/plan-justice-2022.pdf",
      ],
    ]);
    // Each at the address its plan's view gives it.
    expect(pages.map((page) => page.url)).toEqual(
      views.flatMap((view) => view.plans.map((plan) => plan.documentUrl)),
    );
  });

  it("names its ministry and its plan, and lists its chantiers by the id of their section", () => {
    const [first] = pages;
    expect(first?.ministry).toEqual({
      id: "culture",
      name: "Ministère de la Culture",
      shortName: "Culture",
      url: "/plans-action/ministeres/culture/",
    });
    expect(first?.plan).toBe(plansByMinistry.get("culture")?.[0]);
    expect(pages.map((page) => page.parts)).toEqual([
      [{ id: "plan-2022-achats", text: "Achats" }],
      [{ id: "plan-2023-2025-fin-d-usage", text: "Fin d'usage" }],
      [{ id: "plan-2022-fin-d-usage", text: "Fin d'usage" }],
    ]);
  });
});

describe("publicationDocumentPage", () => {
  it("is the publication's document page, titled as given, its PDF beside it", () => {
    expect(publicationDocumentPage("Plans d'essai")).toEqual({
      url: "/plans-action/version-imprimable/",
      title: "Plans d'essai",
      pdfUrl: "/plans-action/version-imprimable/plans-action-des-ministeres.pdf",
    });
  });
});
