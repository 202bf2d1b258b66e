import { describe, expect, it } from "vitest";
import { actionsFileWith } from "../support/data-edit.ts";
import { buildFailure } from "../support/project.ts";

async function buildWithActions(entry: string): Promise<string> {
  return buildFailure({ "_data/actions.ts": await actionsFileWith(entry) });
}

describe("a build with broken catalogue data", () => {
  it("stops, naming the file, the action and the field of an unknown chantier", async () => {
    const message = await buildWithActions(
      '  { id: "nouvelle", chantier: "achat", stage: "realisation", stageSource: "editorial", title: "Titre." },',
    );
    expect(message).toContain(
      "_data/actions.ts : action « nouvelle », champ « chantier » : chantier inconnu « achat » (voir _data/chantiers.ts)",
    );
  });

  it("stops, listing a duplicate id and a malformed one together", async () => {
    const message = await buildWithActions(
      '  { id: "reseau-de-referents", chantier: "achats", stage: "realisation", stageSource: "editorial", title: "Doublon." },\n' +
        '  { id: "Mauvais Id", chantier: "achats", stage: "realisation", stageSource: "editorial", title: "Mal nommée." },',
    );
    expect(message).toContain(
      "_data/actions.ts : action « reseau-de-referents », champ « id » : identifiant en double",
    );
    expect(message).toContain("_data/actions.ts : action « Mauvais Id », champ « id » : identifiant attendu");
  });

  it("stops, naming the file, the action and the field of a missing or unknown stage source", async () => {
    const message = await buildWithActions(
      '  { id: "sans-origine", chantier: "achats", stage: "realisation", title: "Sans origine." },\n' +
        '  { id: "origine-inconnue", chantier: "achats", stage: "realisation", stageSource: "redaction", title: "Inconnue." },',
    );
    const expected =
      "champ « stageSource » : origine du stade attendue : « publication » (la publication donne ce stade) " +
      "ou « editorial » (classement de l'équipe éditoriale)";
    expect(message).toContain(`_data/actions.ts : action « sans-origine », ${expected}`);
    expect(message).toContain(`_data/actions.ts : action « origine-inconnue », ${expected}`);
  });
});
