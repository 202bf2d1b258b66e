import { describe, expect, it } from "vitest";
import { slugify } from "../../src/slug.ts";

describe("slugify", () => {
  it("folds accents and drops French punctuation", () => {
    expect(
      slugify("Des actions qui répondent à un triptyque : réalisation – expérimentation – réflexion"),
    ).toBe("des-actions-qui-repondent-a-un-triptyque-realisation-experimentation-reflexion");
  });

  it("treats typographic and straight apostrophes alike", () => {
    expect(slugify("Phase d’usage")).toBe("phase-d-usage");
    expect(slugify("Phase d'usage")).toBe("phase-d-usage");
  });

  it("keeps acronyms whole", () => {
    expect(slugify("Former par des MOOCs")).toBe("former-par-des-moocs");
  });

  it("spells out French ligatures", () => {
    expect(slugify("Œuvres et cœur")).toBe("oeuvres-et-coeur");
  });

  it("gives ASCII only", () => {
    expect(slugify("Œuvre « écoconçue » ? Ça dépend !")).toMatch(/^[a-z0-9-]+$/);
  });
});
