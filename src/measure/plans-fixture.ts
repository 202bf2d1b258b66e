import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PLANS_FOLDER } from "../catalogue/files.ts";

/*
 * The ministries' plans at the size the 2022 review counted and beyond, made up for the benches
 * and the tests that measure the site at scale, and never shipped: 12 ministries (the 10 of the
 * publication and two more), each with a 2022 and a 2023-2025 plan of 40 to 60 actions, over every
 * chantier and stage, the 2022 plans' statuses at the first review, and two actions in three of
 * each 2023-2025 plan carrying on from the 2022 one. Written into a copy of the
 * project.
 */

/** The chantiers of the catalogue, by id: the benches' generated actions spread over them too. */
export const CHANTIERS = [
  "strategie-et-gouvernance",
  "sensibilisation-et-formation",
  "achats",
  "conception-de-service-numerique",
  "salle-serveurs-et-centre-de-donnees",
  "phase-d-usage",
  "fin-d-usage",
];
const STAGES = ["realisation", "experimentation", "reflexion"];
const STATUSES = ["realisee", "en-cours", "pas-commencee", "abandonnee"];
const EXTRA_MINISTRIES = ["ministere-essai-a", "ministere-essai-b"];

/** How many actions a ministry's plan holds, for its first period (0) or its second (1). */
const actionCount = (ministryIndex: number, periodIndex: number) =>
  40 + ((ministryIndex * 7 + periodIndex * 11) % 21);

/** Adds the fixture's plans (and its two extra ministries) to the project in `projectDir`. */
export async function writePlansFixture(projectDir: string, reviewId = "bilan-2021-2022"): Promise<number> {
  const ministriesFile = path.join(projectDir, "_data/ministries.ts");
  const source = await readFile(ministriesFile, "utf8");
  const marker = "] as const satisfies readonly Ministry[];";
  if (!source.includes(marker)) throw new Error("_data/ministries.ts n'a plus la forme attendue");
  const extra = EXTRA_MINISTRIES.map(
    (id, index) =>
      `  { id: "${id}", name: "Ministère d'essai ${index + 1}", shortName: "Essai ${index + 1}", documents: [] },\n`,
  ).join("");
  await writeFile(ministriesFile, source.replace(marker, `${extra}${marker}`));
  const ids = [...source.matchAll(/^ {4}id: "([a-z-]+)",$/gm)].flatMap((match) => match[1] ?? []);

  let total = 0;
  for (const [ministryIndex, ministry] of [...ids, ...EXTRA_MINISTRIES].entries()) {
    for (const [periodIndex, period] of ["2022", "2023-2025"].entries()) {
      const count = actionCount(ministryIndex, periodIndex);
      const actions = Array.from({ length: count }, (_, index) => {
        const status = STATUSES[(index + ministryIndex) % STATUSES.length];
        return {
          id: `action-${index + 1}`,
          chantier: CHANTIERS[(index + ministryIndex) % CHANTIERS.length],
          stage: STAGES[(index * 5 + periodIndex) % STAGES.length],
          title: `Action d'essai n° ${index + 1} du plan ${period}, pour la mesure des pages à grande échelle.`,
          ...(period === "2022" ? { statuses: [{ review: reviewId, status }] } : {}),
          // Two actions in three carry on from the 2022 plan, at stages that move up and down.
          ...(period !== "2022" && index % 3 !== 2 && index < actionCount(ministryIndex, 0)
            ? { continues: `action-${index + 1}` }
            : {}),
        };
      });
      total += count;
      const plan = { ministry, period, actions };
      await writeFile(
        path.join(projectDir, PLANS_FOLDER, `${ministry}-${period}.ts`),
        `export default ${JSON.stringify(plan, null, 2)};\n`,
      );
    }
  }
  return total;
}
