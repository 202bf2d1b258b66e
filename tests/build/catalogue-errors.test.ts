import { describe, expect, it } from "vitest";
import { actionsFileWith } from "../support/data-edit.ts";
import { buildFailure } from "../support/project.ts";

async function buildWithActions(entry: string): Promise<string> {
  return buildFailure({ "_data/actions.ts": await actionsFileWith(entry) });
}

describe("a build with broken catalogue data", () => {
  it("stops, naming the file, the action and the field of an unknown chantier", async () => {
    const message = await buildWithActions(
      '  { id: "nouvelle", chantier: "achat", stage: "realisation", title: "Titre." },',
    );
    expect(message).toContain(
      "_data/actions.ts : action « nouvelle », champ « chantier » : chantier inconnu « achat » (voir _data/chantiers.ts)",
    );
  });

  it("stops, listing a duplicate id and a malformed one together", async () => {
    const message = await buildWithActions(
      '  { id: "reseau-de-referents", chantier: "achats", stage: "realisation", title: "Doublon." },\n' +
        '  { id: "Mauvais Id", chantier: "achats", stage: "realisation", title: "Mal nommée." },',
    );
    expect(message).toContain(
      "_data/actions.ts : action « reseau-de-referents », champ « id » : identifiant en double",
    );
    expect(message).toContain("_data/actions.ts : action « Mauvais Id », champ « id » : identifiant attendu");
  });
});
