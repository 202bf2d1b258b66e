import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkUniqueIds, declaredIds, parseList, parseObject } from "../../../src/catalogue/entries.ts";
import { CatalogueProblems } from "../../../src/catalogue/problems.ts";

const FILE = "_data/essais.ts";
const schema = z.strictObject({ id: z.string().regex(/^[a-z]+$/, "minuscules attendues"), size: z.number() });

describe("parseList", () => {
  it("keeps the valid entries and names each invalid one by its id, else its position", () => {
    const problems = new CatalogueProblems();
    const valid = parseList(
      problems,
      FILE,
      "essai",
      [
        { id: "bon", size: 1 },
        { id: "mauvais", size: "2" },
        { size: 3, couleur: "bleu" },
      ],
      schema,
    );
    expect(valid).toEqual([{ id: "bon", size: 1 }]);
    expect(problems.list).toEqual([
      expect.stringMatching(/^_data\/essais\.ts : essai « mauvais », champ « size » : /),
      expect.stringMatching(/^_data\/essais\.ts : essai n° 3, champ « id » : /),
      expect.stringMatching(/^_data\/essais\.ts : essai n° 3, champ « couleur » : /),
    ]);
    expect(problems.details.map((detail) => [detail.entry, detail.field])).toEqual([
      [[{ id: "mauvais" }], "size"],
      [[{ index: 2 }], "id"],
      [[{ index: 2 }], "couleur"],
    ]);
  });

  it("reports an export that is not a list", () => {
    const problems = new CatalogueProblems();
    expect(parseList(problems, FILE, "essai", { id: "seul" }, schema)).toEqual([]);
    expect(problems.list).toEqual([
      "_data/essais.ts : export par défaut, champ « default » : une liste est attendue",
    ]);
  });
});

describe("parseObject", () => {
  it("gives the object, or nothing and each problem under the object's name", () => {
    const problems = new CatalogueProblems();
    expect(parseObject(problems, FILE, "réglages", { id: "bon", size: 1 }, schema)).toEqual({
      id: "bon",
      size: 1,
    });
    expect(parseObject(problems, FILE, "réglages", { id: "bon" }, schema)).toBeUndefined();
    expect(problems.list).toEqual([
      expect.stringMatching(/^_data\/essais\.ts : réglages, champ « size » : /),
    ]);
    expect(problems.details[0]?.entry).toEqual([]);
  });
});

describe("declaredIds", () => {
  it("takes every id a list gives, on invalid entries too, and nothing from what is not a list", () => {
    expect(declaredIds([{ id: "a", size: "faux" }, { id: 3 }, "b", { id: "c" }])).toEqual(
      new Set(["a", "c"]),
    );
    expect(declaredIds({ id: "a" })).toEqual(new Set());
  });
});

describe("checkUniqueIds", () => {
  it("reports each repeat of an id, the nth one to bear it, within its list", () => {
    const problems = new CatalogueProblems();
    checkUniqueIds(problems, FILE, "essai", [{ id: "a" }, { id: "b" }, { id: "a" }, { id: "a" }], ["liste"]);
    expect(problems.list).toEqual([
      "_data/essais.ts : essai « a », champ « id » : identifiant en double",
      "_data/essais.ts : essai « a », champ « id » : identifiant en double",
    ]);
    expect(problems.details.map((detail) => detail.entry)).toEqual([
      ["liste", { id: "a", nth: 1 }],
      ["liste", { id: "a", nth: 2 }],
    ]);
  });
});
