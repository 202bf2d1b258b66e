import { describe, expect, it } from "vitest";
import { plainCatalogueText, renderCatalogueText } from "../../../src/catalogue/text.ts";

describe("renderCatalogueText", () => {
  it("keeps emphasis and links", () => {
    expect(renderCatalogueText("Voir la [DNID](https://dons.encheres-domaine.gouv.fr/) *vite*")).toBe(
      'Voir la <a href="https://dons.encheres-domaine.gouv.fr/">DNID</a> <em>vite</em>',
    );
  });

  it("shows HTML as text instead of running it", () => {
    expect(renderCatalogueText('<script>alert("x")</script> & co')).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co",
    );
  });
});

describe("plainCatalogueText", () => {
  it("keeps the words of links and emphasis, without Markdown", () => {
    expect(plainCatalogueText("Via la [DNID](https://exemple.fr/) (*Power*, *Water*)")).toBe(
      "Via la DNID (Power, Water)",
    );
  });

  it("turns a line break into a space", () => {
    expect(plainCatalogueText("Sur deux\nlignes")).toBe("Sur deux lignes");
  });

  it("is empty for Markdown without words", () => {
    expect(plainCatalogueText("**")).toBe("**");
    // Markers that enclose nothing are not emphasis: they stay as typed.
    expect(plainCatalogueText("** **")).toBe("** **");
    expect(plainCatalogueText("[](https://exemple.fr/)")).toBe("");
  });
});
